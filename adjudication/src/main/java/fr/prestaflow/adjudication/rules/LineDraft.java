package fr.prestaflow.adjudication.rules;

import fr.prestaflow.contracts.care.CareLine;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** A line on its way through steps 2–9 (§3): the complementary amount so far, its reasons and units granted. */
final class LineDraft {

    private final CareLine line;
    private final Plan plan;
    private final AmoOutcome amo;
    private final EnumSet<Reason> reasons;
    private long amount;
    private int units;
    private boolean rac0;

    LineDraft(CareLine line, Plan plan, AmoOutcome amo) {
        this.line = line;
        this.plan = plan;
        this.amo = amo;
        this.reasons = amo.reasonSet();
        this.units = line.quantity();
    }

    CareLine line() {
        return line;
    }

    Plan plan() {
        return plan;
    }

    Guarantee guarantee() {
        return plan.guaranteeFor(line.careCategory());
    }

    AmoOutcome amo() {
        return amo;
    }

    long amount() {
        return amount;
    }

    void pay(long cents) {
        amount = Amounts.requireNonNegative(cents, "complementary amount");
    }

    /** Lowers the amount to {@code limit} when above it, with the reason that says so. */
    void cutTo(long limit, Reason reason) {
        if (amount > limit) {
            amount = Math.max(0, limit);
            reasons.add(reason);
        }
    }

    void add(Reason reason) {
        reasons.add(reason);
    }

    void grantUnits(int granted) {
        units = granted;
    }

    void markRac0() {
        rac0 = true;
    }

    /** Paid under the 100 % Santé computation of §12, which skips the limits of steps 6–8. */
    boolean isRac0() {
        return rac0;
    }

    LineResult accepted() {
        long patientShare = line.billedCents() - amo.amoPaid() - amount;
        var consumption = new Consumption(line.lineNumber(), line.careCategory(), line.careDate(), line.sideOrBoth(),
                line.basketOrFree(), units, amount);
        return new LineResult(line.lineNumber(), line.billedCents(), amo.amoPaid(), amo.participation(),
                amo.franchise(), amount, patientShare, List.copyOf(reasons), Optional.empty(),
                Optional.of(consumption));
    }

    /** A rejection keeps only the AMO-stage reasons and pays nothing (§3). */
    LineResult rejected(RejectionCode code) {
        List<Reason> amoReasons = reasons.stream().filter(Reason::isAmoStage).toList();
        return new LineResult(line.lineNumber(), line.billedCents(), amo.amoPaid(), amo.participation(),
                amo.franchise(), 0, line.billedCents() - amo.amoPaid(), amoReasons, Optional.of(code),
                Optional.empty());
    }
}
