package fr.prestaflow.intake.analysis;

import fr.prestaflow.contracts.care.CareLine;
import java.util.List;
import java.util.Objects;

/**
 * What the analysis made of all the documents of a claim. {@code confident} only when every invoice was read
 * confidently and nothing about the claim itself needs a look (a document already sent, a declaration no document
 * matches...); then {@code lines} go to adjudication as they are.
 *
 * @param lines       the proposed care lines of every invoice, numbered 1..n in document order
 * @param confidence  the weakest analysed document's confidence, at most {@link InvoiceAnalysis#REVIEW_CAP} with an issue
 * @param claimIssues what keeps the claim as a whole from going through, in words for the reviewer
 * @param reviewReason one sentence for {@code ClaimSentToReview.reason}; empty when confident
 */
public record ClaimAnalysis(boolean confident, int confidence, List<CareLine> lines, String reviewReason,
                            List<String> claimIssues, List<DocumentReport> documents) {

    public ClaimAnalysis {
        Objects.requireNonNull(reviewReason, "reviewReason");
        lines = List.copyOf(lines);
        claimIssues = List.copyOf(claimIssues);
        documents = List.copyOf(documents);
        if (confident && lines.isEmpty()) {
            throw new IllegalArgumentException("A confident analysis has care lines");
        }
    }

    /** When the analysis itself could not run: the claim goes to a human with what went wrong. */
    public static ClaimAnalysis failed(String reason) {
        return new ClaimAnalysis(false, 0, List.of(), reason, List.of(reason), List.of());
    }
}
