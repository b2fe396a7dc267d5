package fr.prestaflow.intake.review;

import fr.prestaflow.contracts.care.BeneficiaryRef;
import fr.prestaflow.intake.analysis.MemberHint;
import fr.prestaflow.intake.claims.ClaimStatus;
import fr.prestaflow.intake.claims.ClaimViews.DocumentView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** What the review queue endpoints answer. */
final class ReviewViews {

    private ReviewViews() {
    }

    /**
     * A claim in the queue with everything a reviewer needs next to the documents.
     *
     * @param analysis      the analysis report: per document, how the text was read, every field found with its
     *                      confidence and evidence, the issues and notes
     * @param proposedLines the care lines the analysis proposes, a starting point for a COMPLETE decision
     */
    record ReviewItem(UUID claimId, String memberContract, ReviewStatus status, String takenBy, Instant takenUntil,
                      Instant receivedAt, Instant queuedAt, String reason, BeneficiaryRef beneficiary, String comment,
                      boolean visionChangeJustified, List<MemberHint> memberHints, List<DocumentView> documents,
                      JsonNode analysis, JsonNode proposedLines, DecisionView decision) {
    }

    record DecisionView(String action, String decidedBy, Instant decidedAt, String reasonCode, String comment) {
    }

    record ReviewPage(List<ReviewItem> items, int page, int size, long totalItems) {
    }

    /** The answer to a decision. */
    record Decided(UUID claimId, ClaimStatus status, String action, String decidedBy, Instant decidedAt) {
    }
}
