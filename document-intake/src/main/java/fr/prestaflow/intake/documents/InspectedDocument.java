package fr.prestaflow.intake.documents;

import java.util.Objects;

/**
 * An accepted upload: its type as detected from the bytes, their SHA-256 (lower-case hex) and size. {@code pageCount}
 * is the number of pages of a PDF, 1 for an image; {@code widthPx}/{@code heightPx} are 0 for a PDF.
 */
public record InspectedDocument(String fileName, DocumentType type, String sha256, long sizeBytes, int pageCount,
                                int widthPx, int heightPx) {

    public InspectedDocument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sha256, "sha256");
        if (sha256.length() != 64) {
            throw new IllegalArgumentException("sha256 must be 64 hex characters");
        }
        if (sizeBytes <= 0 || pageCount < 1) {
            throw new IllegalArgumentException("An inspected document has bytes and at least one page");
        }
    }

    /** The detected media type, e.g. {@code application/pdf}; store and serve this, never the declared one. */
    public String mediaType() {
        return type.mediaType();
    }
}
