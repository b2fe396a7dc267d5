package fr.prestaflow.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of document intake.
 *
 * @param maxDocuments how many documents one claim may carry
 * @param ocr          the tesseract program used for images and scanned PDF pages
 * @param analysis     the background analysis of received claims
 * @param review       the ops review queue
 */
@ConfigurationProperties("prestaflow.intake")
public record IntakeProperties(
        @DefaultValue("10") int maxDocuments,
        @DefaultValue Ocr ocr,
        @DefaultValue Analysis analysis,
        @DefaultValue Review review) {

    public IntakeProperties {
        if (maxDocuments < 1) {
            throw new IllegalArgumentException("prestaflow.intake.max-documents must be at least 1");
        }
    }

    /**
     * @param binary    the program, a bare name looked up on the PATH or a path; when it is missing, claims go to review
     * @param languages tesseract language codes joined by '+'
     * @param timeout   the longest one page may take
     * @param maxPages  how many pages of one PDF may be OCRed
     */
    public record Ocr(
            @DefaultValue("tesseract") String binary,
            @DefaultValue("fra") String languages,
            @DefaultValue("60s") Duration timeout,
            @DefaultValue("10") int maxPages) {
    }

    /**
     * @param workers      claims analysed at the same time by this instance (OCR is CPU-bound)
     * @param pollInterval how often received claims are looked for, besides the wake-up after each upload
     * @param lease        how long a claim being analysed is kept from other workers and replicas
     */
    public record Analysis(
            @DefaultValue("2") int workers,
            @DefaultValue("2s") Duration pollInterval,
            @DefaultValue("10m") Duration lease) {

        public Analysis {
            if (workers < 1) {
                throw new IllegalArgumentException("prestaflow.intake.analysis.workers must be at least 1");
            }
        }
    }

    /** @param takeTimeout how long a claim taken by an agent stays theirs before another agent may take it */
    public record Review(@DefaultValue("30m") Duration takeTimeout) {
    }
}
