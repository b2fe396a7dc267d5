package fr.prestaflow.contracts.events.v1;

import fr.prestaflow.contracts.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** The payment order of a claim left in a SEPA credit-transfer batch. The IBAN is masked. */
public record PaymentIssued(UUID claimId, Instant occurredAt, UUID paymentOrderId, UUID batchId, String endToEndId,
                            Money amount, String maskedIban, LocalDate requestedExecutionDate) implements ClaimEvent {

    public PaymentIssued {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(amount, "amount");
    }
}
