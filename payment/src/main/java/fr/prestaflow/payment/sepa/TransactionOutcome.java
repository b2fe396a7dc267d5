package fr.prestaflow.payment.sepa;

import java.util.Optional;

/** What a pain.002 means for one transfer of the original file, once group and transaction levels are combined. */
public sealed interface TransactionOutcome {

    String endToEndId();

    /** ACCP, ACTC, ACSC, ...: the status code tells how far it went. */
    record Accepted(String endToEndId, PaymentStatus status) implements TransactionOutcome {
    }

    /** The reason is empty only when the bank gave none. */
    record Rejected(String endToEndId, PaymentStatus status, Optional<StatusReason> reason) implements TransactionOutcome {
    }

    /** PDNG, RCVD, or no status at all for this transfer: wait for a later report. */
    record Pending(String endToEndId, Optional<PaymentStatus> status) implements TransactionOutcome {
    }
}
