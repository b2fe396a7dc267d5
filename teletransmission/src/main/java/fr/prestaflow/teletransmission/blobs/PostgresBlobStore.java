package fr.prestaflow.teletransmission.blobs;

import fr.prestaflow.platform.crypto.FieldCipher;
import fr.prestaflow.teletransmission.TeletransmissionProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Blobs as rows of {@code blob_chunk} (bytea, {@code prestaflow.teletransmission.chunk-size} each): plain SQL, in the
 * service's schema and its transactions, with no large-object bookkeeping. One chunk in memory at a time. NLF files are
 * full of NIRs: each chunk is encrypted ({@code key_id}, AES-GCM bound to its blob and position; docs/security.md).
 */
@Component
class PostgresBlobStore implements BlobStore {

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;
    private final int chunkSize;

    PostgresBlobStore(JdbcTemplate jdbc, FieldCipher cipher, TeletransmissionProperties properties) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.chunkSize = (int) properties.chunkSize().toBytes();
    }

    /** What a chunk's ciphertext is bound to: swapped or moved chunks fail to open. */
    static byte[] context(UUID blobId, int seq) {
        return (blobId + "/" + seq).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public StoredBlob write(UUID blobId, InputStream content, long maxBytes) {
        MessageDigest sha256 = sha256();
        byte[] chunk = new byte[chunkSize];
        long size = 0;
        int seq = 0;
        try {
            int filled;
            while ((filled = content.readNBytes(chunk, 0, chunk.length)) > 0) {
                size += filled;
                if (size > maxBytes) {
                    throw new BlobTooLarge(maxBytes);
                }
                sha256.update(chunk, 0, filled);
                byte[] data = filled == chunk.length ? chunk : Arrays.copyOf(chunk, filled);
                FieldCipher.Sealed sealed = cipher.seal(data, context(blobId, seq));
                jdbc.update("insert into blob_chunk (blob_id, seq, key_id, data) values (?, ?, ?, ?)", blobId, seq++,
                        sealed.keyId(), sealed.bytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the content to store", e);
        }
        return new StoredBlob(blobId, size, HexFormat.of().formatHex(sha256.digest()));
    }

    @Override
    public InputStream open(UUID blobId) {
        return new ChunkStream(blobId);
    }

    @Override
    public void delete(UUID blobId) {
        jdbc.update("delete from blob_chunk where blob_id = ?", blobId);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /** Reads chunk after chunk, each with its own query, so it can share a connection with other statements. */
    private final class ChunkStream extends InputStream {

        private final UUID blobId;
        private int nextSeq;
        private byte[] chunk = new byte[0];
        private int position;
        private boolean ended;

        private ChunkStream(UUID blobId) {
            this.blobId = blobId;
        }

        @Override
        public int read() {
            if (!hasBytes()) {
                return -1;
            }
            return chunk[position++] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (!hasBytes()) {
                return -1;
            }
            int count = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, target, offset, count);
            position += count;
            return count;
        }

        private boolean hasBytes() {
            while (position == chunk.length) {
                if (ended) {
                    return false;
                }
                List<byte[]> rows = jdbc.query("select key_id, data from blob_chunk where blob_id = ? and seq = ?",
                        (rs, n) -> cipher.open(new FieldCipher.Sealed(rs.getString(1), rs.getBytes(2)),
                                context(blobId, nextSeq)), blobId, nextSeq);
                if (rows.isEmpty()) {
                    ended = true;
                    chunk = new byte[0];
                    position = 0;
                    return false;
                }
                chunk = rows.getFirst();
                position = 0;
                nextSeq++;
            }
            return true;
        }
    }
}
