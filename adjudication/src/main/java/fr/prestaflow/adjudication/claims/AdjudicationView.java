package fr.prestaflow.adjudication.claims;

import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One claim's adjudication for ops and its member: every line with its amounts and reasons, and the plan version
 * each was adjudicated under. {@code status}: ADJUDICATED (something paid, or recovered when {@code reversal}) or
 * REJECTED ({@code rejectionCodes}).
 */
record AdjudicationView(UUID claimId, String status, boolean reversal, Channel channel, String source,
                        String contractNumber, Integer beneficiaryRank, String planId, Integer planVersion,
                        List<String> rejectionCodes, Money reimbursed, LocalDate expectedPaymentDate, Totals totals,
                        List<Line> lines, int revision, Instant adjudicatedAt) {

    record Totals(Money billed, Money amoPaid, Money complementaryPaid, Money patientShare) {
    }

    /** {@code reverses}: the line a reversal line undid; {@code reversedBy}: the reversal claim that undid this one. */
    record Line(int lineNumber, LocalDate careDate, CareCategory careCategory, String actCode, int quantity,
                Money billed, Money amoPaid, Money participation, Money franchise, Money complementaryPaid,
                Money patientShare, List<String> reasons, String rejectionCode, Integer planVersion,
                LineRef reverses, UUID reversedBy) {
    }

    record LineRef(UUID claimId, int lineNumber) {
    }

    static AdjudicationView of(Adjudication a) {
        return new AdjudicationView(a.claimId(), a.status().name(), a.reversal(), a.channel(), a.source(),
                a.contractNumber(), a.beneficiaryRank().orElse(null), a.planId().orElse(null),
                a.planVersion().orElse(null), a.rejectionCodes(), Money.ofCents(a.reimbursedCents()),
                a.expectedPaymentDate().orElse(null), totals(a.totals()), a.lines().stream().map(AdjudicationView::line).toList(),
                a.revision(), a.adjudicatedAt());
    }

    private static Totals totals(Adjudication.Amounts amounts) {
        return new Totals(Money.ofCents(amounts.billedCents()), Money.ofCents(amounts.amoPaidCents()),
                Money.ofCents(amounts.complementaryPaidCents()), Money.ofCents(amounts.patientShareCents()));
    }

    private static Line line(AdjudicationLine line) {
        Adjudication.Amounts amounts = line.amounts();
        return new Line(line.lineNumber(), line.careDate(), line.careCategory(), line.actCode(), line.quantity(),
                Money.ofCents(amounts.billedCents()), Money.ofCents(amounts.amoPaidCents()),
                Money.ofCents(line.participationCents()), Money.ofCents(line.franchiseCents()),
                Money.ofCents(amounts.complementaryPaidCents()), Money.ofCents(amounts.patientShareCents()),
                line.reasons(), line.rejectionCode().orElse(null), line.planVersion().orElse(null),
                line.reverses().map(ref -> new LineRef(ref.claimId(), ref.lineNumber())).orElse(null),
                line.reversedBy().orElse(null));
    }
}
