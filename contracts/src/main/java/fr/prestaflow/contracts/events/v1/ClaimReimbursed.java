package fr.prestaflow.contracts.events.v1;

import fr.prestaflow.contracts.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** The bank accepted the transfer. */
public record ClaimReimbursed(UUID claimId, Instant occurredAt, UUID paymentOrderId, Money amount, String maskedIban,
                              LocalDate paidOn) implements ClaimEvent {

    public ClaimReimbursed {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(amount, "amount");
    }
}
