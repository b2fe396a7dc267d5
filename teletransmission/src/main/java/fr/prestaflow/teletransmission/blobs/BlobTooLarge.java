package fr.prestaflow.teletransmission.blobs;

/** The content went past the size the caller allows. */
public class BlobTooLarge extends RuntimeException {

    private final long maxBytes;

    public BlobTooLarge(long maxBytes) {
        super("Content larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
