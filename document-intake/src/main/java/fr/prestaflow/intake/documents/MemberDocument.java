package fr.prestaflow.intake.documents;

import java.util.UUID;

/** A document as a member sent it: whose it is, its content address and what its bytes are. */
public record MemberDocument(UUID id, String memberContract, String sha256, DocumentType type, long sizeBytes,
                             int pageCount, UUID firstClaimId) {

    public String mediaType() {
        return type.mediaType();
    }

    /** Where the member (or ops) downloads it. */
    public static String href(UUID id) {
        return "/api/v1/documents/" + id;
    }
}
