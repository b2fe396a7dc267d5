package fr.prestaflow.contracts.events.v1;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Automatic analysis was not confident enough: an ops agent completes or corrects the care lines. */
public record ClaimSentToReview(UUID claimId, Instant occurredAt, String reason) implements ClaimEvent {

    public ClaimSentToReview {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
