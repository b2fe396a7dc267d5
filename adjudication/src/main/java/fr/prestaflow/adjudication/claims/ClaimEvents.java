package fr.prestaflow.adjudication.claims;

import fr.prestaflow.contracts.care.BeneficiaryRef;
import fr.prestaflow.contracts.events.v1.AdjudicatedLine;
import fr.prestaflow.contracts.events.v1.ClaimAdjudicated;
import fr.prestaflow.contracts.events.v1.ClaimEvent;
import fr.prestaflow.contracts.events.v1.ClaimRejected;
import fr.prestaflow.contracts.events.v1.ClaimTotals;
import fr.prestaflow.contracts.events.v1.Payee;
import fr.prestaflow.contracts.money.Money;
import java.util.List;

/** The event that tells the rest of the pipeline about a stored adjudication. */
final class ClaimEvents {

    static final String STAGE = "adjudication";

    private ClaimEvents() {
    }

    /**
     * ClaimAdjudicated when something is paid, or recovered by a reversal; otherwise ClaimRejected with the claim's
     * codes. {@code beneficiary}: the complete reference, whatever the claim carried.
     */
    static ClaimEvent of(Adjudication adjudication, BeneficiaryRef beneficiary, String rejectionReason) {
        List<AdjudicatedLine> lines = adjudication.lines().stream().map(ClaimEvents::line).toList();
        if (adjudication.status() == Adjudication.Status.REJECTED) {
            return new ClaimRejected(adjudication.claimId(), adjudication.adjudicatedAt(), STAGE,
                    adjudication.rejectionCodes(), rejectionReason, lines);
        }
        Adjudication.Amounts totals = adjudication.totals();
        return new ClaimAdjudicated(adjudication.claimId(), adjudication.adjudicatedAt(), adjudication.channel(),
                beneficiary, adjudication.planId().orElseThrow(), adjudication.planVersion().orElseThrow(),
                Money.ofCents(adjudication.reimbursedCents()), Payee.member(adjudication.contractNumber()),
                adjudication.expectedPaymentDate().orElse(null),
                new ClaimTotals(Money.ofCents(totals.billedCents()), Money.ofCents(totals.amoPaidCents()),
                        Money.ofCents(totals.complementaryPaidCents()), Money.ofCents(totals.patientShareCents())),
                lines, adjudication.reversal());
    }

    static AdjudicatedLine line(AdjudicationLine line) {
        Adjudication.Amounts amounts = line.amounts();
        return new AdjudicatedLine(line.lineNumber(), line.careDate(), line.careCategory(), line.actCode(),
                Money.ofCents(amounts.billedCents()), Money.ofCents(amounts.amoPaidCents()),
                Money.ofCents(amounts.complementaryPaidCents()), Money.ofCents(amounts.patientShareCents()),
                line.reasons(), line.rejectionCode().orElse(null));
    }
}
