package fr.prestaflow.notification.timeline;

import java.util.Optional;
import java.util.UUID;

/**
 * The whole claim as one status change left it. A listener that will need it asks for it when it hears of the change
 * ({@link #request}): the requested claims of a poll are then read together when the first one is needed, and one whose
 * claim changes again in the same poll is read before that change.
 */
public final class ClaimAsChanged {

    private final UUID claimId;
    private final TimelinePoll poll;
    private Optional<ClaimDetail> claim;

    ClaimAsChanged(UUID claimId, TimelinePoll poll) {
        this.claimId = claimId;
        this.poll = poll;
    }

    public void request() {
        if (claim == null) {
            poll.request(this);
        }
    }

    /** The claim as the change left it; read now, with the poll's other requested claims, unless it already was. */
    public Optional<ClaimDetail> get() {
        if (claim == null) {
            poll.request(this);
            poll.readRequested();
        }
        return claim;
    }

    UUID claimId() {
        return claimId;
    }

    void read(Optional<ClaimDetail> claim) {
        this.claim = claim;
    }
}
