package fr.prestaflow.adjudication.rules;

import fr.prestaflow.contracts.care.CareLine;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Step 2 (§7): duplicate → before coverage → after termination → not covered by the plan. */
final class Eligibility {

    private final ContractDates contract;
    private final List<CareLine> earlierLines;

    /** {@code earlierLines} is the live list of lines already processed in this claim, accepted or rejected. */
    Eligibility(ContractDates contract, List<CareLine> earlierLines) {
        this.contract = contract;
        this.earlierLines = earlierLines;
    }

    Optional<RejectionCode> check(LineDraft draft) {
        CareLine line = draft.line();
        if (earlierLines.stream().anyMatch(earlier -> sameAsGiven(earlier, line))) {
            return Optional.of(RejectionCode.DUPLICATE_LINE);
        }
        if (line.careDate().isBefore(contract.startDate())) {
            return Optional.of(RejectionCode.CARE_BEFORE_COVERAGE);
        }
        if (contract.endDate().filter(end -> line.careDate().isAfter(end)).isPresent()) {
            return Optional.of(RejectionCode.CARE_AFTER_TERMINATION);
        }
        if (draft.guarantee() instanceof Guarantee.None) {
            return Optional.of(RejectionCode.NOT_COVERED_BY_PLAN);
        }
        return Optional.empty();
    }

    /** Fields compared as given: an absent side or practitioner equals only an absent one (§7). */
    private static boolean sameAsGiven(CareLine a, CareLine b) {
        return a.careDate().equals(b.careDate())
                && a.careCategory() == b.careCategory()
                && a.actCode().equals(b.actCode())
                && Objects.equals(a.practitionerId(), b.practitionerId())
                && a.quantity() == b.quantity()
                && a.billedCents() == b.billedCents()
                && a.baseCents() == b.baseCents()
                && a.side() == b.side();
    }
}
