package fr.prestaflow.notification.timeline;

import java.util.UUID;

/**
 * Published inside the consumer's transaction when a claim reaches a new status: listeners that write (messages) share
 * the transaction; listeners that reach outside (e-mail, live streams) wait for the commit.
 *
 * @param eventId the event that caused it: the key that keeps a redelivered event from having a second effect
 * @param update  the new status, all a live stream needs
 * @param claim   the whole claim as this change left it, read only for the listeners that ask for it (a message to
 *                compose), inside the transaction
 */
public record ClaimStatusChanged(UUID eventId, StatusUpdate update, ClaimAsChanged claim) {
}
