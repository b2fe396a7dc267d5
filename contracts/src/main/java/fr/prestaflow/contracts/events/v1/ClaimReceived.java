package fr.prestaflow.contracts.events.v1;

import fr.prestaflow.contracts.care.BeneficiaryRef;
import fr.prestaflow.contracts.care.Channel;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Intake stored the member's documents, or teletransmission accepted a décompte. {@code source} says where from. */
public record ClaimReceived(UUID claimId, Instant occurredAt, Channel channel, BeneficiaryRef beneficiary, String source)
        implements ClaimEvent {

    public ClaimReceived {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(channel, "channel");
    }
}
