package fr.prestaflow.intake.analysis;

import java.util.Objects;

/**
 * The text of a document and how it was obtained. {@code status} other than COMPLETE means the text may be missing or
 * partial and the claim goes to manual review; {@code detail} says why, in words for an ops reviewer.
 */
public record ExtractedText(String text, TextSource source, ExtractionStatus status, String detail, int pagesRead) {

    public enum TextSource {
        /** The PDF's own text layer. */
        PDF_TEXT,
        /** Optical character recognition of an image or of rendered PDF pages. */
        OCR,
        /** Some pages from the text layer, others by OCR. */
        PDF_TEXT_AND_OCR,
        NONE
    }

    public enum ExtractionStatus {
        COMPLETE,
        /** Some pages could not be read (OCR failed on them, or the page limit was reached). */
        PARTIAL,
        /** The document needs OCR and the tesseract program is not installed here. */
        OCR_UNAVAILABLE,
        /** OCR ran and failed or timed out. */
        OCR_FAILED,
        /** Everything was read but no text came out (blank page, photo of nothing). */
        NO_TEXT_FOUND,
        /** The document itself could not be opened. */
        UNREADABLE
    }

    public ExtractedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }

    public boolean isComplete() {
        return status == ExtractionStatus.COMPLETE;
    }

    static ExtractedText failed(ExtractionStatus status, String detail) {
        return new ExtractedText("", TextSource.NONE, status, detail, 0);
    }
}
