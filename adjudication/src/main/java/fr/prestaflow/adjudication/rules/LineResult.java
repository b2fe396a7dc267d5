package fr.prestaflow.adjudication.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The adjudication of one care line: who pays what, why (reasons in §20 order) and, when rejected, the rejection
 * code. {@code participationCents} and {@code franchiseCents} are the AMO withholdings (reported, or computed for a
 * quote). {@code consumption} is present exactly when the line is accepted.
 */
public record LineResult(int lineNumber, long billedCents, long amoPaidCents, long participationCents,
                         long franchiseCents, long complementaryPaidCents, long patientShareCents,
                         List<Reason> reasons, Optional<RejectionCode> rejectionCode,
                         Optional<Consumption> consumption) {

    public LineResult {
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(rejectionCode, "rejectionCode");
        Objects.requireNonNull(consumption, "consumption");
        if (amoPaidCents + complementaryPaidCents + patientShareCents != billedCents) {
            throw new IllegalStateException("line " + lineNumber + ": amo + complementary + patient share != billed");
        }
        if (rejectionCode.isPresent() && (complementaryPaidCents != 0 || consumption.isPresent())) {
            throw new IllegalStateException("line " + lineNumber + ": a rejected line pays and consumes nothing");
        }
    }

    public boolean rejected() {
        return rejectionCode.isPresent();
    }
}
