package fr.prestaflow.teletransmission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.prestaflow.teletransmission.blobs.BlobStore;
import fr.prestaflow.teletransmission.blobs.BlobTooLarge;
import fr.prestaflow.teletransmission.blobs.StoredBlob;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class BlobStoreTest extends TeletransmissionTest {

    @Autowired BlobStore blobs;
    @Autowired TransactionTemplate transactions;

    @Test
    void content_spanning_several_chunks_is_read_back_byte_for_byte_with_its_sha256() throws Exception {
        byte[] content = new byte[2 * 1024 * 1024 + 123];
        new Random(42).nextBytes(content);

        StoredBlob stored = transactions.execute(tx -> blobs.write(UUID.randomUUID(), new ByteArrayInputStream(content),
                content.length));

        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        assertThat(jdbc.sql("select count(*) from blob_chunk where blob_id = :id").param("id", stored.id())
                .query(Long.class).single()).isEqualTo(3);
        try (InputStream in = blobs.open(stored.id())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void content_past_the_limit_is_refused_and_nothing_of_it_is_kept() throws IOException {
        UUID id = UUID.randomUUID();

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx ->
                blobs.write(id, new ByteArrayInputStream(new byte[4096]), 4095))).isInstanceOf(BlobTooLarge.class);

        try (InputStream in = blobs.open(id)) {
            assertThat(in.read()).isEqualTo(-1);
        }
    }
}
