package fr.prestaflow.teletransmission.nlf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/** A file already acknowledged under the same key: its SHA-256 and the NLA stored for it (NLF.md §8). */
public interface PriorFile {

    /** Lowercase hex SHA-256 of the file as received. */
    String sha256();

    /** The stored acknowledgment, byte for byte; the caller closes it. */
    InputStream openAcknowledgment() throws IOException;

    static PriorFile of(String sha256, byte[] acknowledgment) {
        Objects.requireNonNull(sha256, "sha256");
        byte[] copy = acknowledgment.clone();
        return new PriorFile() {
            @Override
            public String sha256() {
                return sha256;
            }

            @Override
            public InputStream openAcknowledgment() {
                return new ByteArrayInputStream(copy);
            }
        };
    }
}
