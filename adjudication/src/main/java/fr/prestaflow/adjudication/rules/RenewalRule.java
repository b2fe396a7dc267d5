package fr.prestaflow.adjudication.rules;

import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.care.Side;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Step 4 (§9): an item is renewed only once its period has elapsed since every prior item sharing a slot. */
final class RenewalRule {

    private static final int CHILD_AGE_LIMIT = 16;

    private record Period(int years, Optional<Reason> shortened) {
    }

    private final Beneficiary beneficiary;
    private final boolean visionChangeJustified;
    private final ConsumptionLedger ledger;

    RenewalRule(Beneficiary beneficiary, boolean visionChangeJustified, ConsumptionLedger ledger) {
        this.beneficiary = beneficiary;
        this.visionChangeJustified = visionChangeJustified;
        this.ledger = ledger;
    }

    Optional<RejectionCode> check(LineDraft draft) {
        Optional<Renewal> renewal = draft.guarantee().terms().renewal();
        if (renewal.isEmpty()) {
            return Optional.empty();
        }
        CareLine line = draft.line();
        List<LocalDate> priorDates = ledger.of(line.careCategory())
                .filter(prior -> !prior.careDate().isAfter(line.careDate()))
                .filter(prior -> shareASlot(renewal.get().per(), line.sideOrBoth(), prior.side()))
                .map(HistoryLine::careDate)
                .toList();
        Period period = periodFor(renewal.get(), line.careDate());
        if (tooEarly(line.careDate(), priorDates, period.years())) {
            return Optional.of(RejectionCode.RENEWAL_PERIOD_NOT_ELAPSED);
        }
        if (period.shortened().isPresent() && tooEarly(line.careDate(), priorDates, renewal.get().years())) {
            draft.add(period.shortened().get());
        }
        return Optional.empty();
    }

    private Period periodFor(Renewal renewal, LocalDate careDate) {
        if (beneficiary.ageOn(careDate) < CHILD_AGE_LIMIT && renewal.yearsUnder16().isPresent()) {
            return new Period(renewal.yearsUnder16().getAsInt(), Optional.of(Reason.RENEWAL_SHORTENED_UNDER_16));
        }
        if (visionChangeJustified && renewal.yearsOnVisionChange().isPresent()) {
            return new Period(renewal.yearsOnVisionChange().getAsInt(),
                    Optional.of(Reason.RENEWAL_SHORTENED_VISION_CHANGE));
        }
        return new Period(renewal.years(), Optional.empty());
    }

    /** Counted from the acquisition date; {@code plusYears} takes 29 February to 28 February (§9). */
    private static boolean tooEarly(LocalDate careDate, List<LocalDate> priorDates, int years) {
        return priorDates.stream().anyMatch(prior -> careDate.isBefore(prior.plusYears(years)));
    }

    private static boolean shareASlot(RenewalUnit per, Side line, Side prior) {
        return per == RenewalUnit.ITEM || line == Side.BOTH || prior == Side.BOTH || line == prior;
    }
}
