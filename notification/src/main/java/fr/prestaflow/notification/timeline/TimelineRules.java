package fr.prestaflow.notification.timeline;

import java.time.Instant;
import java.util.Set;

/**
 * Decides what an incoming step does to a claim's timeline. Events of one claim come from four topics, so they may arrive
 * out of order, and any of them may arrive twice. Pure Java, no Spring.
 *
 * <ul>
 *   <li>A step already in the current cycle is a duplicate: no second step.</li>
 *   <li>A step of higher rank moves the claim forward; REJECTED moves any claim that was not paid, unless it happened
 *       before the current step (then a correction superseded it).</li>
 *   <li>A step of lower rank that happened before the current one arrived late: it joins the history, the status stays.</li>
 *   <li>REJECTED is terminal, except that ops may correct the analysis after a review: a correction that happened after
 *       the rejection reopens the claim in a new cycle, and so do the adjudication or payment it led to, which can reach
 *       us before the correction itself.</li>
 * </ul>
 */
final class TimelineRules {

    enum Decision {
        /** The claim moves to the step: new status, new history entry. */
        MOVE,
        /** A rejected claim starts a new cycle at this step. */
        REOPEN,
        /** The step happened before the current one and arrived late: history only. */
        HISTORY_ONLY,
        /** Nothing to record: a duplicate, or a step that contradicts the current status. */
        IGNORE
    }

    private static final Set<ClaimStatus> REOPENING = Set.of(ClaimStatus.ADJUDICATED, ClaimStatus.PAYMENT_FAILED,
            ClaimStatus.REIMBURSED);

    private TimelineRules() {
    }

    /**
     * @param current the claim's status, or null when this is its first event
     * @param currentAt when the current status was reached
     * @param alreadyInCycle whether the current cycle's history already holds this step
     */
    static Decision decide(ClaimStatus current, Instant currentAt, boolean alreadyInCycle, ClaimStatus step, Instant at,
                           boolean correction) {
        if (current == null) {
            return Decision.MOVE;
        }
        if (current == ClaimStatus.REJECTED) {
            boolean after = at.isAfter(currentAt);
            if (after && (correction && step == ClaimStatus.ANALYSED || REOPENING.contains(step))) {
                return Decision.REOPEN;
            }
            return !after && !alreadyInCycle && step != ClaimStatus.REJECTED ? Decision.HISTORY_ONLY : Decision.IGNORE;
        }
        if (alreadyInCycle || step == current) {
            return Decision.IGNORE;
        }
        if (step == ClaimStatus.REJECTED) {
            if (current == ClaimStatus.REIMBURSED) {
                return Decision.IGNORE;
            }
            // a rejection older than the current step was superseded by a correction we heard of first
            return at.isBefore(currentAt) ? Decision.HISTORY_ONLY : Decision.MOVE;
        }
        if (step.rank() > current.rank()) {
            return Decision.MOVE;
        }
        return at.isAfter(currentAt) ? Decision.IGNORE : Decision.HISTORY_ONLY;
    }
}
