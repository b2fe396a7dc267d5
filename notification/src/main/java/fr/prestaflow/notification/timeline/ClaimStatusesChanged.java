package fr.prestaflow.notification.timeline;

import java.util.List;

/**
 * Published inside the consumer's transaction once a poll's events are applied, just before it commits: the poll's
 * status changes in the order they happened, for listeners that do the same work for all of them at once.
 */
public record ClaimStatusesChanged(List<ClaimStatusChanged> changes) {
}
