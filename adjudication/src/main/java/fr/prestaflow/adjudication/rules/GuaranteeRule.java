package fr.prestaflow.adjudication.rules;

import static fr.prestaflow.contracts.care.CareCategory.GP_CONSULTATION;
import static fr.prestaflow.contracts.care.CareCategory.HOSPITAL_FEES;
import static fr.prestaflow.contracts.care.CareCategory.IMAGING;
import static fr.prestaflow.contracts.care.CareCategory.SPECIALIST_CONSULTATION;

import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.money.Percent;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Step 5 (§10–12, §24): the raw complementary amount of the plan's guarantee, with the per-item regulatory caps, or
 * the 100 % Santé amount. Only a yearly unit limit used up can reject here.
 */
final class GuaranteeRule {

    static final long FRAME_CAP_CENTS = 10_000;
    static final long HEARING_CAP_PER_EAR_CENTS = 170_000;
    static final long DAILY_FEE_CAP_CENTS = 2_000;

    private static final Set<CareCategory> NON_OPTAM_CAP_CATEGORIES = EnumSet.of(GP_CONSULTATION,
            SPECIALIST_CONSULTATION, IMAGING, HOSPITAL_FEES);

    private final ConsumptionLedger ledger;

    GuaranteeRule(ConsumptionLedger ledger) {
        this.ledger = ledger;
    }

    Optional<RejectionCode> apply(LineDraft draft) {
        if (Rac0Basket.appliesTo(draft)) {
            Rac0Basket.pay(draft);
            return Optional.empty();
        }
        Guarantee guarantee = draft.guarantee();
        guarantee.type().reason().ifPresent(draft::add);
        CareLine line = draft.line();
        long amoReference = draft.amo().amoReference();
        switch (guarantee) {
            case Guarantee.PercentOfBase percent -> percentOfBase(draft, percent.levels());
            case Guarantee.PercentOfBasePlusForfait plus -> draft.pay(Math.addExact(
                    overBase(line, plus.percent(), amoReference),
                    Math.multiplyExact(plus.forfaitPerUnitCents(), line.quantity())));
            case Guarantee.FixedPerYear perYear -> draft.pay(perYear.amountCents());
            case Guarantee.FixedPerUnit perUnit -> {
                Optional<RejectionCode> rejection = perUnit(draft, perUnit);
                if (rejection.isPresent()) {
                    return rejection;
                }
            }
            case Guarantee.FixedPerItem perItem -> perItem(draft, perItem);
            case Guarantee.FixedPerLensByClass perLens -> draft.pay(Math.multiplyExact(
                    perLens.amountFor(LensClass.ofActCode(line.actCode())), CareFacts.pairCount(line)));
            case Guarantee.FixedPerEarInclAmo perEar -> perEar(draft, perEar);
            case Guarantee.FraisReels ignored -> fraisReels(draft);
            case Guarantee.FixedPerEvent perEvent -> draft.pay(perEvent.amountCents());
            case Guarantee.None ignored -> throw new IllegalStateException("eligibility rejects NONE guarantees");
        }
        parcoursOverbilling(draft);
        return Optional.empty();
    }

    /** {@code max(0, round(pct × base / 100) − amoReference)}. */
    private static long overBase(CareLine line, long percent, long amoReference) {
        return Math.max(0, Percent.of(line.baseCents(), percent) - amoReference);
    }

    private static void percentOfBase(LineDraft draft, PercentLevels levels) {
        CareLine line = draft.line();
        long percent = switch (levels) {
            case PercentLevels.Single single -> single.percent();
            case PercentLevels.ByOptam byOptam -> line.optam()
                    ? byOptam.percentOptam()
                    : nonOptamEffective(byOptam);
        };
        draft.pay(overBase(line, percent, draft.amo().amoReference()));
        if (levels instanceof PercentLevels.ByOptam byOptam && !line.optam()
                && NON_OPTAM_CAP_CATEGORIES.contains(line.careCategory())) {
            long covered = Percent.of(line.baseCents(), percent);
            if (Percent.of(line.baseCents(), byOptam.percentOptam()) > covered && line.billedCents() > covered) {
                draft.add(Reason.OVERBILLING_CAPPED_NON_OPTAM);
            }
        }
    }

    /** §11: at most 200 % BR including the AMO, and at least 20 points below the OPTAM level, never below 100 %. */
    static long nonOptamEffective(PercentLevels.ByOptam levels) {
        return Math.max(100, Math.min(Math.min(levels.percentNonOptam(), 200), levels.percentOptam() - 20));
    }

    private Optional<RejectionCode> perUnit(LineDraft draft, Guarantee.FixedPerUnit perUnit) {
        CareLine line = draft.line();
        int granted = line.quantity();
        if (perUnit.maxUnitsPerYear().isPresent()) {
            long used = ledger.unitsUsedIn(line.careCategory(), line.careDate().getYear());
            granted = (int) Math.min(line.quantity(), Math.max(0, perUnit.maxUnitsPerYear().getAsInt() - used));
        }
        if (granted == 0) {
            return Optional.of(RejectionCode.CEILING_REACHED);
        }
        if (granted < line.quantity()) {
            draft.add(Reason.UNIT_LIMIT_APPLIED);
        }
        draft.grantUnits(granted);
        draft.pay(Math.multiplyExact(perUnit.amountCents(), granted));
        return Optional.empty();
    }

    /** The 100 € frame cap of the contrat responsable (§10, §13). */
    private static void perItem(LineDraft draft, Guarantee.FixedPerItem perItem) {
        CareLine line = draft.line();
        draft.pay(Math.multiplyExact(perItem.amountCents(), line.quantity()));
        if (line.careCategory() == CareCategory.OPTICS_FRAME) {
            draft.cutTo(Math.multiplyExact(FRAME_CAP_CENTS, line.quantity()), Reason.FRAME_CAP_APPLIED);
        }
    }

    /** §14: the plan amount includes the AMO and is capped at 1 700 € per ear. */
    private static void perEar(LineDraft draft, Guarantee.FixedPerEarInclAmo perEar) {
        long perEarCents = perEar.amountCents();
        if (perEarCents > HEARING_CAP_PER_EAR_CENTS) {
            perEarCents = HEARING_CAP_PER_EAR_CENTS;
            draft.add(Reason.HEARING_CAP_APPLIED);
        }
        long total = Math.multiplyExact(perEarCents, CareFacts.pairCount(draft.line()));
        draft.pay(Math.max(0, total - draft.amo().amoReference()));
    }

    /** The daily hospital fee is paid up to its regulated 20 € a day (§10, §25). */
    private static void fraisReels(LineDraft draft) {
        CareLine line = draft.line();
        long payable = line.billedCents();
        if (line.careCategory() == CareCategory.HOSPITAL_DAILY_FEE) {
            long cap = Math.multiplyExact(DAILY_FEE_CAP_CENTS, line.quantity());
            if (payable > cap) {
                payable = cap;
                draft.add(Reason.DAILY_FEE_CAP_APPLIED);
            }
        }
        draft.pay(Math.max(0, payable - draft.amo().amoReference()));
    }

    /** §24: outside the parcours a specialist's overbilling (dépassement autorisé) is never covered. */
    private static void parcoursOverbilling(LineDraft draft) {
        CareLine line = draft.line();
        if (line.careCategory() == SPECIALIST_CONSULTATION && CareFacts.outsideParcours(line)
                && line.billedCents() > line.baseCents()) {
            draft.cutTo(Math.max(0, line.baseCents() - draft.amo().amoReference()),
                    Reason.PARCOURS_OVERBILLING_NOT_COVERED);
        }
    }
}
