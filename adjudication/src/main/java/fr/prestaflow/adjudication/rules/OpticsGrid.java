package fr.prestaflow.adjudication.rules;

import static fr.prestaflow.contracts.care.CareCategory.OPTICS_FRAME;
import static fr.prestaflow.contracts.care.CareCategory.OPTICS_LENS;

/**
 * Step 7 (§13): the claim's non-RAC0 frame and lens lines share one budget, the grid maximum of the equipment's lens
 * pair; in line order each accepted line gets at most what is left and consumes what it finally gets.
 */
final class OpticsGrid {

    private long remaining;

    private OpticsGrid(long budget) {
        this.remaining = budget;
    }

    static OpticsGrid forEquipment(LensPair pair) {
        return new OpticsGrid(pair.maximumCents());
    }

    /** For the first pass, which only finds out which lens lines are accepted (acceptance never depends on it). */
    static OpticsGrid unlimited() {
        return new OpticsGrid(Long.MAX_VALUE);
    }

    static boolean governs(LineDraft draft) {
        return !draft.isRac0()
                && (draft.line().careCategory() == OPTICS_FRAME || draft.line().careCategory() == OPTICS_LENS);
    }

    void limit(LineDraft draft) {
        if (governs(draft)) {
            draft.cutTo(remaining, Reason.OPTICS_GRID_CAPPED);
        }
    }

    void consume(LineResult accepted) {
        remaining -= accepted.complementaryPaidCents();
    }
}
