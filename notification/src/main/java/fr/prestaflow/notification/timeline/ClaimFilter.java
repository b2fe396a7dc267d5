package fr.prestaflow.notification.timeline;

import java.time.Instant;
import java.util.Optional;

/**
 * What a claim list is limited to. Dates are already turned into instants in the members' zone ({@code to} exclusive).
 * The beneficiary is known either by NIR or by rank in the contract.
 */
public record ClaimFilter(Optional<String> contract, Instant from, Instant to, Optional<String> careType,
                          Optional<String> beneficiaryNir, Optional<Integer> beneficiaryRank, Optional<ClaimStatus> status) {
}
