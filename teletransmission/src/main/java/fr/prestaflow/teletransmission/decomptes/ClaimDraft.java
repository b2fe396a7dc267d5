package fr.prestaflow.teletransmission.decomptes;

import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.teletransmission.nlf.AcceptedDecompte;
import fr.prestaflow.teletransmission.nlf.PassedLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/** A claim about to be created from an accepted décompte. */
record ClaimDraft(UUID claimId, boolean reversal, List<CareLine> lines) {

    ClaimDraft {
        Objects.requireNonNull(claimId, "claimId");
        lines = List.copyOf(lines);
    }

    /**
     * NLF.md §10: one accepted décompte gives one claim of its passed lines. Regularisation lines reverse earlier AMO
     * payments (§3.3) and their claim is marked as a reversal; a claim is either a reversal or not, so a décompte mixing
     * both kinds of lines gives two claims, the normal one first.
     */
    static List<ClaimDraft> of(AcceptedDecompte decompte, Supplier<UUID> ids) {
        List<CareLine> normal = new ArrayList<>();
        List<CareLine> reversed = new ArrayList<>();
        for (PassedLine line : decompte.lines()) {
            (line.reversal() ? reversed : normal).add(line.careLine());
        }
        List<ClaimDraft> drafts = new ArrayList<>(2);
        if (!normal.isEmpty()) {
            drafts.add(new ClaimDraft(ids.get(), false, normal));
        }
        if (!reversed.isEmpty()) {
            drafts.add(new ClaimDraft(ids.get(), true, reversed));
        }
        return drafts;
    }
}
