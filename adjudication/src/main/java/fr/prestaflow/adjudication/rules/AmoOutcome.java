package fr.prestaflow.adjudication.rules;

import java.util.EnumSet;
import java.util.Set;

/**
 * The AMO stage of a line (§4): what the AMO paid, what it withheld, and {@code amoReference}, the AMO part the
 * complementary subtracts.
 */
record AmoOutcome(long amoPaid, long participation, long franchise, long amoReference, Set<Reason> reasons) {

    AmoOutcome {
        reasons = Set.copyOf(reasons);
    }

    long amoGross() {
        return amoPaid + participation + franchise;
    }

    EnumSet<Reason> reasonSet() {
        return reasons.isEmpty() ? EnumSet.noneOf(Reason.class) : EnumSet.copyOf(reasons);
    }
}
