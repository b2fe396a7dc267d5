package fr.prestaflow.payment.sepa;

import java.util.Objects;
import java.util.regex.Pattern;

/** What the simulated bank does with one transfer. */
public sealed interface BankDecision {

    static BankDecision accept() {
        return new Accept();
    }

    static BankDecision reject(String reasonCode) {
        return new Reject(reasonCode);
    }

    record Accept() implements BankDecision {
    }

    /** @param reasonCode an ISO ExternalStatusReason1Code such as AC01, AC04, MD07 */
    record Reject(String reasonCode) implements BankDecision {

        private static final Pattern CODE = Pattern.compile("[A-Z0-9]{4}");

        public Reject {
            Objects.requireNonNull(reasonCode, "reasonCode");
            if (!CODE.matcher(reasonCode).matches()) {
                throw new IllegalArgumentException("A reason code is 4 capital letters or digits, got " + reasonCode);
            }
        }
    }
}
