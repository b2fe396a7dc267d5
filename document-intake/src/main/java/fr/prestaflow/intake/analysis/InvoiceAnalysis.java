package fr.prestaflow.intake.analysis;

import fr.prestaflow.contracts.care.CareLine;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What the analysis made of one document. {@link #confident()} is true only when every care line has its date, amount
 * and care category found unambiguously and nothing else is in doubt; otherwise the claim goes to the review queue with
 * {@link #issues()} (what is missing, ambiguous or contradicted) and {@link #fields()} (everything that was read).
 *
 * @param confidence overall confidence 0..100: the weakest essential field of the weakest line, at most
 *                   {@link #REVIEW_CAP} when there is any issue
 * @param notes      information for the reviewer that does not block (assumed AMO rate, identifiers found...)
 */
public record InvoiceAnalysis(DocumentKind kind, List<AnalysedLine> lines, ExtractedFields fields, int confidence,
                              List<ReviewIssue> issues, List<String> notes) {

    /** From this overall confidence on, and with no issue, care lines may go to adjudication untouched. */
    public static final int CONFIDENT_THRESHOLD = 80;
    /** The highest overall confidence an analysis with issues can have. */
    public static final int REVIEW_CAP = 50;

    public InvoiceAnalysis {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fields, "fields");
        lines = List.copyOf(lines);
        issues = List.copyOf(issues);
        notes = List.copyOf(notes);
        if (confidence < 0 || confidence > 100) {
            throw new IllegalArgumentException("confidence must be within 0..100");
        }
    }

    public boolean confident() {
        return !lines.isEmpty() && issues.isEmpty() && confidence >= CONFIDENT_THRESHOLD;
    }

    public boolean needsReview() {
        return !confident();
    }

    /** The proposed care lines, numbered from 1; empty when date, amount or category could not be read at all. */
    public List<CareLine> careLines() {
        return lines.stream().map(AnalysedLine::careLine).toList();
    }

    /** The fields the document did not show at all. */
    public List<Field> missing() {
        return issues.stream().filter(issue -> issue.kind() == ReviewIssue.Kind.MISSING)
                .map(ReviewIssue::field).distinct().toList();
    }

    /** One sentence for {@code ClaimSentToReview.reason}; empty when confident. */
    public String reviewReason() {
        if (confident()) {
            return "";
        }
        if (issues.isEmpty()) {
            return "Analysis confidence " + confidence + " is below " + CONFIDENT_THRESHOLD;
        }
        return issues.stream().map(ReviewIssue::toString).collect(Collectors.joining("; "));
    }
}
