package fr.prestaflow.payment.sepa;

import java.util.Objects;
import java.util.Set;

/** A group, payment-information or transaction status code from a pain.002 (ACCP, ACSC, RJCT, PART, PDNG, ...). */
public record PaymentStatus(String code) {

    public enum Kind { ACCEPTED, REJECTED, PARTIALLY_ACCEPTED, PENDING }

    public static final PaymentStatus SETTLED = new PaymentStatus("ACSC");
    public static final PaymentStatus REJECTED = new PaymentStatus("RJCT");
    public static final PaymentStatus PARTIAL = new PaymentStatus("PART");

    // The positive ISO statuses, from technical acceptance (ACTC) to settlement (ACSC). The code is kept in the
    // outcome for a caller that would rather wait for ACSC before telling the member.
    private static final Set<String> ACCEPTED = Set.of("ACCP", "ACSC", "ACTC", "ACSP", "ACWC", "ACFC", "ACCR");

    public PaymentStatus {
        Objects.requireNonNull(code, "code");
    }

    public Kind kind() {
        if (ACCEPTED.contains(code)) {
            return Kind.ACCEPTED;
        }
        return switch (code) {
            case "RJCT" -> Kind.REJECTED;
            case "PART" -> Kind.PARTIALLY_ACCEPTED;
            default -> Kind.PENDING;
        };
    }

    @Override
    public String toString() {
        return code;
    }
}
