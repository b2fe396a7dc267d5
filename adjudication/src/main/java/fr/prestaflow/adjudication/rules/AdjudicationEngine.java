package fr.prestaflow.adjudication.rules;

import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.CareLine;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reimbursement rules engine (REIMBURSEMENT_RULES.md): a pure function of its input, with no side effect and no
 * clock; consumption history comes in with the claim and the consumption to persist goes out with the result.
 * Thread-safe: it keeps no state between calls.
 */
public final class AdjudicationEngine {

    public ClaimResult adjudicate(ClaimInput input) {
        return adjudicate(input, Set.of());
    }

    /**
     * As {@link #adjudicate(ClaimInput)}, with the lines (by line number) already paid in another claim of the same
     * beneficiary: each is rejected {@link RejectionCode#DUPLICATE_CLAIM_LINE} right after its AMO stage, and so
     * consumes nothing that later lines would miss.
     */
    public ClaimResult adjudicate(ClaimInput input, Set<Integer> linesPaidInAnotherClaim) {
        Set<Integer> paidElsewhere = Set.copyOf(linesPaidInAnotherClaim);
        // §13: the optics grid depends on the classes of the lens lines that end up accepted, which may come after
        // the frame. Acceptance never depends on the grid, so a first pass without a grid finds them.
        ClaimResult firstPass = new ClaimRun(input, OpticsGrid.unlimited(), paidElsewhere).run();
        LensPair pair = LensPair.of(acceptedNonRac0Lenses(input, firstPass));
        return new ClaimRun(input, OpticsGrid.forEquipment(pair), paidElsewhere).run();
    }

    private static List<CareLine> acceptedNonRac0Lenses(ClaimInput input, ClaimResult firstPass) {
        Map<Integer, LineResult> results = firstPass.lines().stream()
                .collect(Collectors.toMap(LineResult::lineNumber, Function.identity()));
        return input.lines().stream()
                .filter(line -> line.careCategory() == CareCategory.OPTICS_LENS)
                .filter(line -> {
                    LineResult result = results.get(line.lineNumber());
                    return !result.rejected() && !result.reasons().contains(Reason.RAC0_FULL_COVERAGE);
                })
                .toList();
    }
}
