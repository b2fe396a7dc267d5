package fr.prestaflow.payment.sepa;

import java.util.Objects;
import java.util.Optional;

/** One {@code TxInfAndSts} of a pain.002: what the bank said about one of our transfers. */
public record TransactionStatus(String originalEndToEndId, Optional<String> originalInstrId,
                                Optional<PaymentStatus> status, Optional<StatusReason> reason) {

    public TransactionStatus {
        Objects.requireNonNull(originalEndToEndId, "originalEndToEndId");
        Objects.requireNonNull(originalInstrId, "originalInstrId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }
}
