package fr.prestaflow.teletransmission.blobs;

import fr.prestaflow.platform.crypto.FieldCipher;
import fr.prestaflow.platform.crypto.ReEncryptionTask;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Brings every stored chunk to the current key: chunks still in clear ({@code key_id} null, from before encryption) are
 * encrypted, chunks under an older key re-encrypted. Run by the V3 migration, then at each start (key rotation). A few
 * chunks a page, as a chunk may be megabytes; a chunk changed meanwhile is left for the next run.
 */
@Component
class BlobChunkReEncryption implements ReEncryptionTask {

    private static final int PAGE = 8;

    private final FieldCipher cipher;

    BlobChunkReEncryption(FieldCipher cipher) {
        this.cipher = cipher;
    }

    private record Chunk(UUID blobId, int seq, String keyId, byte[] data) {
    }

    @Override
    public int run(Connection connection) throws SQLException {
        int rewritten = 0;
        Chunk last = null;
        List<Chunk> page;
        while (!(page = page(connection, last)).isEmpty()) {
            try (PreparedStatement update = connection.prepareStatement("""
                    update blob_chunk set key_id = ?, data = ?
                    where blob_id = ? and seq = ? and key_id is not distinct from ?""")) {
                for (Chunk chunk : page) {
                    byte[] context = PostgresBlobStore.context(chunk.blobId(), chunk.seq());
                    byte[] clear = chunk.keyId() == null ? chunk.data()
                            : cipher.open(new FieldCipher.Sealed(chunk.keyId(), chunk.data()), context);
                    FieldCipher.Sealed sealed = cipher.seal(clear, context);
                    update.setString(1, sealed.keyId());
                    update.setBytes(2, sealed.bytes());
                    update.setObject(3, chunk.blobId());
                    update.setInt(4, chunk.seq());
                    update.setString(5, chunk.keyId());
                    rewritten += update.executeUpdate();
                }
            }
            last = page.getLast();
        }
        return rewritten;
    }

    private List<Chunk> page(Connection connection, Chunk after) throws SQLException {
        String sql = "select blob_id, seq, key_id, data from blob_chunk where (key_id is null or key_id <> ?)"
                + (after == null ? "" : " and (blob_id, seq) > (?, ?)") + " order by blob_id, seq limit " + PAGE;
        List<Chunk> chunks = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, cipher.currentKeyId());
            if (after != null) {
                select.setObject(2, after.blobId());
                select.setInt(3, after.seq());
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    chunks.add(new Chunk(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getBytes(4)));
                }
            }
        }
        return chunks;
    }

    @Override
    public String toString() {
        return "blob_chunk: uploaded NLF files and their acknowledgments";
    }
}
