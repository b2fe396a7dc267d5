package fr.prestaflow.notification.timeline;

import java.util.UUID;

/**
 * Published inside the consumer's transaction when a claim reaches a new status: listeners that write (messages) share
 * the transaction; listeners that reach outside (e-mail, live streams) wait for the commit.
 *
 * @param eventId the event that caused it: the key that keeps a redelivered event from having a second effect
 */
public record ClaimStatusChanged(UUID eventId, ClaimDetail claim) {
}
