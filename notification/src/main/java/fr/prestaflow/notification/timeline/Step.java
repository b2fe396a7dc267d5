package fr.prestaflow.notification.timeline;

import java.time.Instant;

/** One dated step of a claim's history. */
public record Step(ClaimStatus status, String label, Instant at) {
}
