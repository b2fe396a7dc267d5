package fr.prestaflow.teletransmission.blobs;

import java.util.Objects;
import java.util.UUID;

/** What was stored: its size and the lowercase hex SHA-256 of its bytes. */
public record StoredBlob(UUID id, long size, String sha256) {

    public StoredBlob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sha256, "sha256");
    }
}
