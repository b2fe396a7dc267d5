package fr.prestaflow.teletransmission.blobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.prestaflow.platform.crypto.CryptoException;
import fr.prestaflow.platform.crypto.FieldCipher;
import fr.prestaflow.platform.crypto.Keyring;
import fr.prestaflow.teletransmission.TeletransmissionTest;
import fr.prestaflow.testsupport.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** Stored NLF files name beneficiaries by NIR: their bytes are encrypted at rest, chunk by chunk. */
class BlobEncryptionTest extends TeletransmissionTest {

    private static final String NIR = "185117505612387";
    private static final byte[] DECOMPTE = ("100|D000001|CT-000001|" + NIR.substring(0, 13) + "|" + NIR.substring(13)
            + "|1|1985-11-12\n").getBytes(StandardCharsets.US_ASCII);

    @Autowired BlobStore blobs;
    @Autowired TransactionTemplate transactions;

    @Test
    void a_stored_file_holds_no_clear_nir_and_reads_back_as_sent() throws Exception {
        StoredBlob stored = transactions.execute(tx -> blobs.write(UUID.randomUUID(),
                new ByteArrayInputStream(DECOMPTE), DECOMPTE.length));

        List<String> raw = jdbc.sql("select key_id || ' ' || encode(data, 'escape') from blob_chunk where blob_id = :id")
                .param("id", stored.id()).query(String.class).list();
        assertThat(raw).singleElement().satisfies(chunk -> assertThat(chunk).startsWith("demo-1 ")
                .doesNotContain(NIR.substring(0, 13)));
        try (InputStream in = blobs.open(stored.id())) {
            assertThat(in.readAllBytes()).isEqualTo(DECOMPTE);
        }
    }

    @Test
    void a_chunk_moved_to_another_blob_does_not_open() {
        StoredBlob stored = transactions.execute(tx -> blobs.write(UUID.randomUUID(),
                new ByteArrayInputStream(DECOMPTE), DECOMPTE.length));
        UUID other = UUID.randomUUID();
        jdbc.sql("insert into blob_chunk (blob_id, seq, key_id, data) select :other, seq, key_id, data from blob_chunk "
                + "where blob_id = :id").param("other", other).param("id", stored.id()).update();

        assertThatThrownBy(() -> {
            try (InputStream in = blobs.open(other)) {
                in.readAllBytes();
            }
        }).isInstanceOf(CryptoException.class);
    }

    @Test
    void files_stored_in_clear_by_an_earlier_version_are_encrypted_by_the_migration() throws Exception {
        String schema = "teletransmission_upgrade_" + Long.toHexString(System.nanoTime());
        TestDatabase db = TestDatabase.shared();
        var dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), db.jdbcUrl(schema), db.user(),
                db.password());
        flyway(dataSource, schema).target("2").load().migrate();
        var old = JdbcClient.create(dataSource);
        UUID blobId = UUID.randomUUID();
        old.sql("insert into blob_chunk (blob_id, seq, data) values (:id, 0, :data)")
                .param("id", blobId).param("data", DECOMPTE).update();
        var cipher = new FieldCipher(new Keyring(Map.of("k1", "mH4oFQ6bW8a3e0i0I6Qf4nq3s0V5dG1r3iFz8ZyJ1bQ="), "k1"));

        flyway(dataSource, schema).javaMigrations(new V3__encrypt_blob_chunks(new BlobChunkReEncryption(cipher)))
                .load().migrate();

        var row = old.sql("select key_id, data from blob_chunk where blob_id = :id").param("id", blobId)
                .query().singleRow();
        assertThat(row.get("key_id")).isEqualTo("k1");
        assertThat(new String((byte[]) row.get("data"), StandardCharsets.ISO_8859_1)).doesNotContain(NIR.substring(0, 13));
        assertThat(cipher.open(new FieldCipher.Sealed("k1", (byte[]) row.get("data")),
                PostgresBlobStore.context(blobId, 0))).isEqualTo(DECOMPTE);
    }

    private static FluentConfiguration flyway(DataSource dataSource, String schema) {
        return Flyway.configure().dataSource(dataSource).schemas(schema).defaultSchema(schema)
                .locations("classpath:db/platform", "classpath:db/migration");
    }
}
