package fr.prestaflow.notification.timeline;

import java.time.Instant;
import java.util.UUID;

/** The data of one server-sent {@code status} event. */
public record StatusUpdate(UUID claimId, ClaimStatus status, String label, Instant at) {
}
