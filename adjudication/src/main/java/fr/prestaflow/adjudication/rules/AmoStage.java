package fr.prestaflow.adjudication.rules;

import static fr.prestaflow.contracts.care.CareCategory.GP_CONSULTATION;
import static fr.prestaflow.contracts.care.CareCategory.IMAGING;
import static fr.prestaflow.contracts.care.CareCategory.LABORATORY;
import static fr.prestaflow.contracts.care.CareCategory.SPECIALIST_CONSULTATION;

import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.money.Percent;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Step 1 (§4–6): reported lines take the AMO amounts as given; quote lines compute them. Always runs, also for lines
 * rejected later, whose withholdings still count towards the caps (§4.2).
 */
final class AmoStage {

    private static final Set<CareCategory> PARTICIPATION_CATEGORIES = EnumSet.of(GP_CONSULTATION,
            SPECIALIST_CONSULTATION, LABORATORY, IMAGING);
    private static final int MAJORITY_AGE = 18;

    private final Channel channel;
    private final Beneficiary beneficiary;
    private final AmoCounters counters;

    AmoStage(Channel channel, Beneficiary beneficiary) {
        this.channel = channel;
        this.beneficiary = beneficiary;
        this.counters = new AmoCounters(beneficiary);
    }

    AmoOutcome evaluate(CareLine line) {
        EnumSet<Reason> reasons = EnumSet.noneOf(Reason.class);
        boolean forfait24 = CareFacts.forfait24Applies(line, beneficiary);
        if (forfait24) {
            reasons.add(Reason.FORFAIT_24_APPLIED);
        }
        long amoPaid;
        long participation;
        long franchise;
        if (computesAmo(line)) {
            reasons.add(Reason.AMO_COMPUTED);
            long gross = forfait24
                    ? line.baseCents() - Math.multiplyExact(CareFacts.FORFAIT_24_CENTS, line.quantity())
                    : Percent.of(line.baseCents(), line.amoRatePercent());
            participation = bearsParticipation(line, gross) && !exempt(line, reasons)
                    ? counters.withholdParticipation(line, gross, reasons) : 0;
            Optional<FranchiseRate> rate = FranchiseRate.of(line.careCategory()).filter(r -> gross > 0);
            franchise = rate.isPresent() && !exempt(line, reasons)
                    ? counters.withholdFranchise(line, rate.get(), gross - participation, reasons) : 0;
            amoPaid = gross - participation - franchise;
        } else {
            reasons.add(Reason.AMO_REPORTED);
            amoPaid = line.amoPaidCents();
            participation = line.participation();
            franchise = line.franchise();
        }
        long gross = amoPaid + participation + franchise;
        boolean outside = CareFacts.outsideParcours(line);
        long amoReference = outside
                ? Math.max(gross, Percent.of(line.baseCents(), CareFacts.IN_PATH_RATE))
                : gross;
        if (participation > 0) {
            reasons.add(Reason.PARTICIPATION_NOT_COVERED);
        }
        if (franchise > 0) {
            reasons.add(Reason.FRANCHISE_NOT_COVERED);
        }
        if (outside) {
            reasons.add(Reason.PARCOURS_MAJORATION_NOT_COVERED);
        }
        return new AmoOutcome(amoPaid, participation, franchise, amoReference, reasons);
    }

    /**
     * Quotes always estimate the AMO part (§4). An uploaded invoice that shows no AMO payment (the member sent the
     * invoice, not the Sécurité sociale décompte) is estimated the same way, rather than treated as nothing paid by the
     * AMO: the compulsory scheme does reimburse it, and the mutuelle must not pay the AMO's share.
     */
    private boolean computesAmo(CareLine line) {
        return channel == Channel.QUOTE || (channel == Channel.UPLOAD && line.amoPaidCents() == null);
    }

    private static boolean bearsParticipation(CareLine line, long gross) {
        return PARTICIPATION_CATEGORIES.contains(line.careCategory()) && gross > 0;
    }

    /** §5: only the first matching exemption is reported, and only on a line that would bear a withholding. */
    private boolean exempt(CareLine line, Set<Reason> reasons) {
        Optional<Reason> exemption = exemptionOn(line);
        exemption.ifPresent(reasons::add);
        return exemption.isPresent();
    }

    private Optional<Reason> exemptionOn(CareLine line) {
        if (beneficiary.ageOn(line.careDate()) < MAJORITY_AGE) {
            return Optional.of(Reason.EXEMPT_MINOR);
        }
        if (beneficiary.hasExemptionOn(ExemptionType.MATERNITY, line.careDate())) {
            return Optional.of(Reason.EXEMPT_MATERNITY);
        }
        if (beneficiary.hasExemptionOn(ExemptionType.CSS, line.careDate())) {
            return Optional.of(Reason.EXEMPT_CSS);
        }
        return Optional.empty();
    }
}
