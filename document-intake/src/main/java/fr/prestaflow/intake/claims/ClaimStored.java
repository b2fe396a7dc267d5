package fr.prestaflow.intake.claims;

import java.util.UUID;

/** Published in the transaction that stored a claim; listeners act once it is committed. */
public record ClaimStored(UUID claimId) {
}
