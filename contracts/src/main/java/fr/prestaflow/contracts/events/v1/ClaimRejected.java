package fr.prestaflow.contracts.events.v1;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Nothing is payable. {@code codes} are stable rejection codes (REIMBURSEMENT_RULES.md §22, or intake/review codes such as
 * {@code ILLEGIBLE}, {@code UNKNOWN_CONTRACT}); {@code lines} are the adjudicated lines when adjudication rejected the claim.
 */
public record ClaimRejected(UUID claimId, Instant occurredAt, String stage, List<String> codes, String reason,
                            List<AdjudicatedLine> lines) implements ClaimEvent {

    public ClaimRejected {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        codes = List.copyOf(codes);
        lines = lines == null ? List.of() : List.copyOf(lines);
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("A rejection carries at least one code");
        }
    }
}
