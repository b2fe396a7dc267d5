package fr.prestaflow.contracts.events.v1;

import fr.prestaflow.contracts.care.BeneficiaryRef;
import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.care.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The claim holds structured care lines and can be adjudicated. {@code reversal} marks an AMO regularisation (indu) whose
 * lines carry absolute amounts; {@code correction} is true when ops corrected an earlier analysis of the same claim.
 */
public record ClaimAnalysed(UUID claimId, Instant occurredAt, Channel channel, BeneficiaryRef beneficiary,
                            List<CareLine> lines, boolean visionChangeJustified, boolean reversal, boolean correction,
                            String source) implements ClaimEvent {

    public ClaimAnalysed {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(beneficiary, "beneficiary");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("An analysed claim has at least one care line");
        }
    }
}
