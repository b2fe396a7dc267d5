package fr.prestaflow.contracts.events.v1;

import fr.prestaflow.contracts.money.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The bank rejected the transfer (ISO 20022 reason such as AC01, AC04, MD07); the member is asked for a new IBAN. */
public record PaymentFailed(UUID claimId, Instant occurredAt, UUID paymentOrderId, Money amount, String reasonCode,
                            String reason) implements ClaimEvent {

    public PaymentFailed {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(reasonCode, "reasonCode");
    }
}
