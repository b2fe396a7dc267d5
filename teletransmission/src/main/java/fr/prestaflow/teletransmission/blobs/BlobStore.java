package fr.prestaflow.teletransmission.blobs;

import java.io.InputStream;
import java.util.UUID;

/**
 * Where the bytes of uploaded files and of their acknowledgments live. Writes join the caller's transaction; reads
 * stream, so that neither side ever holds a whole file in memory.
 */
public interface BlobStore {

    /**
     * Copies {@code content} to its end under {@code blobId}, hashing it on the way.
     *
     * @throws BlobTooLarge past {@code maxBytes}; the caller's transaction should then roll back
     */
    StoredBlob write(UUID blobId, InputStream content, long maxBytes);

    /** The stored bytes, in order; the caller closes the stream. Empty for an unknown blob. */
    InputStream open(UUID blobId);

    void delete(UUID blobId);
}
