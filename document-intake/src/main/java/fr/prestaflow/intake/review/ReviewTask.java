package fr.prestaflow.intake.review;

import java.time.Instant;
import java.util.UUID;

/** A claim in the review queue: why it is there, who has taken it until when, and the decision once made. */
record ReviewTask(UUID claimId, Instant queuedAt, String reason, String takenBy, Instant takenUntil, Instant decidedAt,
                  String decidedBy, String decision, String reasonCode, String decisionComment) {

    boolean decided() {
        return decidedAt != null;
    }

    /** Taken by an agent whose take has not expired. */
    boolean takenAt(Instant now) {
        return takenBy != null && takenUntil != null && takenUntil.isAfter(now);
    }

    ReviewStatus statusAt(Instant now) {
        if (decided()) {
            return ReviewStatus.DECIDED;
        }
        return takenAt(now) ? ReviewStatus.TAKEN : ReviewStatus.OPEN;
    }
}
