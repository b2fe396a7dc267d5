package fr.prestaflow.intake.claims;

import fr.prestaflow.intake.analysis.DocumentKind;
import fr.prestaflow.intake.documents.DocumentType;
import java.util.UUID;

/**
 * One document of a claim: how the member described it, where it is stored, and whether its bytes were sent before.
 *
 * @param position         its place in the claim, from 0
 * @param repeatedInClaim  the same bytes as an earlier file of this claim
 * @param firstSentInClaim the earlier claim that carried the same bytes, or null
 */
public record ClaimDocument(UUID claimId, int position, UUID documentId, String fileName, String typeLabel,
                            DocumentKind kind, boolean supporting, String comment, boolean repeatedInClaim,
                            UUID firstSentInClaim, String sha256, DocumentType type, long sizeBytes, int pageCount) {

    public boolean duplicate() {
        return repeatedInClaim || firstSentInClaim != null;
    }
}
