package fr.prestaflow.payment.sepa;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One {@code OrgnlPmtInfAndSts} of a pain.002. */
public record PaymentInformationStatus(String originalPmtInfId, Optional<PaymentStatus> status,
                                       Optional<StatusReason> reason, List<TransactionStatus> transactions) {

    public PaymentInformationStatus {
        Objects.requireNonNull(originalPmtInfId, "originalPmtInfId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        transactions = List.copyOf(transactions);
    }
}
