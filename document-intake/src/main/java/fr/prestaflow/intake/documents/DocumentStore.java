package fr.prestaflow.intake.documents;

import java.util.Optional;

/**
 * Where the bytes of accepted documents live, addressed by their SHA-256: the same content is stored once, whoever
 * sends it and however often. The PostgreSQL implementation writes in the caller's transaction; an object-storage
 * implementation would write before the commit, and an object left behind by a rolled-back upload is harmless because
 * its key is its content.
 */
public interface DocumentStore {

    /** Stores the content under its SHA-256 (lower-case hex); storing content already there does nothing. */
    void put(String sha256, String mediaType, byte[] content);

    /** The content stored under this SHA-256, if any. */
    Optional<byte[]> get(String sha256);
}
