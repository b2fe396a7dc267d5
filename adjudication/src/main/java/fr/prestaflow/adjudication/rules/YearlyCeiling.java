package fr.prestaflow.adjudication.rules;

import static fr.prestaflow.contracts.care.CareCategory.HEARING_AID;
import static fr.prestaflow.contracts.care.CareCategory.OPTICS_FRAME;
import static fr.prestaflow.contracts.care.CareCategory.OPTICS_LENS;

import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.CareLine;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** Step 8 (§16, §17): the yearly ceiling per category and calendar year, unless the loyalty bonus lifts it. */
final class YearlyCeiling {

    /** Governed by renewal, the optics grid and the per-ear caps instead (§16). */
    private static final Set<CareCategory> EXPLICIT_CEILING_IGNORED = EnumSet.of(OPTICS_FRAME, OPTICS_LENS,
            HEARING_AID);

    private final ContractDates contract;
    private final ConsumptionLedger ledger;

    YearlyCeiling(ContractDates contract, ConsumptionLedger ledger) {
        this.contract = contract;
        this.ledger = ledger;
    }

    Optional<RejectionCode> apply(LineDraft draft) {
        OptionalLong ceiling = ceilingOf(draft.guarantee(), draft.line().careCategory());
        if (ceiling.isEmpty()) {
            return Optional.empty();
        }
        CareLine line = draft.line();
        Optional<LoyaltyBonus> bonus = draft.guarantee().terms().loyaltyBonus();
        if (bonus.isPresent() && !line.careDate().isBefore(anniversary(bonus.get()))) {
            draft.add(Reason.LOYALTY_BONUS_APPLIED);
            return Optional.empty();
        }
        long used = ledger.complementaryPaidIn(line.careCategory(), line.careDate().getYear());
        long remaining = Math.max(0, ceiling.getAsLong() - used);
        if (remaining == 0 && draft.amount() > 0) {
            return Optional.of(RejectionCode.CEILING_REACHED);
        }
        draft.cutTo(remaining, Reason.CEILING_APPLIED);
        return Optional.empty();
    }

    /** {@code plusYears} puts the anniversary of a 29 February start on 28 February in non-leap years (§17). */
    private LocalDate anniversary(LoyaltyBonus bonus) {
        return contract.membershipStart().plusYears(bonus.afterYears());
    }

    /** FIXED_PER_YEAR carries an implicit ceiling equal to its amount; an explicit smaller one wins (§16). */
    static OptionalLong ceilingOf(Guarantee guarantee, CareCategory category) {
        OptionalLong explicit = EXPLICIT_CEILING_IGNORED.contains(category)
                ? OptionalLong.empty()
                : guarantee.terms().yearlyCeilingCents();
        if (guarantee instanceof Guarantee.FixedPerYear perYear) {
            return OptionalLong.of(Math.min(perYear.amountCents(), explicit.orElse(Long.MAX_VALUE)));
        }
        return explicit;
    }
}
