package fr.prestaflow.intake.claims;

import fr.prestaflow.contracts.care.BeneficiaryRef;
import fr.prestaflow.intake.analysis.MemberHint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An upload claim as stored.
 *
 * @param hints        the care lines the member declared with the upload: they confirm or contradict the documents
 * @param analysisJson the analysis report (JSON) once the claim was analysed
 */
public record Claim(UUID id, String memberContract, BeneficiaryRef beneficiary, String comment,
                    boolean visionChangeJustified, List<MemberHint> hints, ClaimStatus status, Instant receivedAt,
                    Instant analysedAt, String analysisJson) {

    public Claim {
        hints = List.copyOf(hints);
    }

    public Optional<String> analysis() {
        return Optional.ofNullable(analysisJson);
    }

    /** The {@code source} of the claim's events. */
    public String source() {
        return sourceOf(id);
    }

    public static String sourceOf(UUID claimId) {
        return "upload:" + claimId;
    }
}
