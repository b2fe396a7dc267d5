package fr.prestaflow.notification.timeline;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Published inside the consumer's transaction when a claim reaches a new status: listeners that write (messages) share
 * the transaction; listeners that reach outside (e-mail, live streams) wait for the commit.
 *
 * @param eventId the event that caused it: the key that keeps a redelivered event from having a second effect
 * @param update  the new status, all a live stream needs
 * @param detail  the whole claim as the transaction sees it, read only by the listeners that need it (a message to
 *                compose), inside the transaction
 */
public record ClaimStatusChanged(UUID eventId, StatusUpdate update, Supplier<Optional<ClaimDetail>> detail) {

    public Optional<ClaimDetail> claim() {
        return detail.get();
    }
}
