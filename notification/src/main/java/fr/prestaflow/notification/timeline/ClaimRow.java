package fr.prestaflow.notification.timeline;

import fr.prestaflow.notification.timeline.TimelineStore.Head;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A claim's row as this transaction left it, read once under its lock and kept current as the poll's events change it,
 * so that the decisions of a claim's second or third event in a poll see what its first one did.
 */
final class ClaimRow {

    private record StepKey(int cycle, ClaimStatus status) {
    }

    private ClaimStatus status;
    private Instant statusAt;
    private int cycle;
    private Instant linesAt;
    private Instant identityAt;
    private Instant receivedAt;
    private final Set<StepKey> steps = new HashSet<>();
    private boolean createdAtFirstStep;

    private ClaimRow(ClaimStatus status, Instant statusAt, int cycle, Instant linesAt, Instant identityAt,
                     Instant receivedAt, boolean createdAtFirstStep) {
        this.status = status;
        this.statusAt = statusAt;
        this.cycle = cycle;
        this.linesAt = linesAt;
        this.identityAt = identityAt;
        this.receivedAt = receivedAt;
        this.createdAtFirstStep = createdAtFirstStep;
    }

    static ClaimRow existing(ClaimStatus status, Instant statusAt, int cycle, Instant linesAt, Instant identityAt,
                             Instant receivedAt) {
        return new ClaimRow(status, statusAt, cycle, linesAt, identityAt, receivedAt, false);
    }

    /** Inserted by this transaction at the status and moment of the claim's first step, which is still to record. */
    static ClaimRow created(ClaimStatus status, Instant at) {
        return new ClaimRow(status, at, 0, null, null, at, true);
    }

    /** True once: for the step the row was created at. */
    boolean takeCreation() {
        boolean created = createdAtFirstStep;
        createdAtFirstStep = false;
        return created;
    }

    Head head() {
        return new Head(status, statusAt, cycle, linesAt, identityAt, null);
    }

    boolean hasStep(int cycle, ClaimStatus status) {
        return steps.contains(new StepKey(cycle, status));
    }

    void stepAdded(int cycle, ClaimStatus status) {
        steps.add(new StepKey(cycle, status));
    }

    void movedTo(ClaimStatus status, Instant at, int cycle) {
        this.status = status;
        this.statusAt = at;
        this.cycle = cycle;
    }

    /** Whether {@code at} is earlier than the claim's date, which it then becomes. */
    boolean noteEarliest(Instant at) {
        if (!at.isBefore(receivedAt)) {
            return false;
        }
        receivedAt = at;
        return true;
    }

    void identified(Instant at) {
        identityAt = at;
    }

    /** Lines are only ever written with their moment, so a row without one has none stored. */
    boolean hasLines() {
        return linesAt != null;
    }

    void linesReplaced(Instant at) {
        linesAt = at;
    }
}
