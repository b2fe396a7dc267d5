package fr.prestaflow.intake.claims;

import fr.prestaflow.intake.documents.MemberDocument;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** What the upload endpoints answer. */
public final class ClaimViews {

    private ClaimViews() {
    }

    /** The answer to an upload: the claim id, its documents and those the member had already sent. */
    public record ClaimAccepted(UUID claimId, ClaimStatus status, List<DocumentView> documents,
                                List<DuplicateView> duplicates) {
    }

    /**
     * A document of a claim.
     *
     * @param duplicate        the same bytes were sent before, in this claim or an earlier one: stored once
     * @param firstSentInClaim the claim that first carried these bytes (this claim for a file repeated in it)
     */
    public record DocumentView(UUID documentId, String href, String file, String type, String kind, String mediaType,
                               long sizeBytes, int pages, boolean supporting, boolean duplicate, UUID firstSentInClaim) {

        public static DocumentView of(ClaimDocument document) {
            return new DocumentView(document.documentId(), MemberDocument.href(document.documentId()),
                    document.fileName(), document.typeLabel(), document.kind().name(), document.type().mediaType(),
                    document.sizeBytes(), document.pageCount(), document.supporting(), document.duplicate(),
                    document.repeatedInClaim() ? document.claimId() : document.firstSentInClaim());
        }
    }

    /** A file whose bytes the member had already sent. */
    public record DuplicateView(String file, UUID documentId, UUID firstSentInClaim) {

        static List<DuplicateView> of(List<DocumentView> documents) {
            return documents.stream().filter(DocumentView::duplicate)
                    .map(document -> new DuplicateView(document.file(), document.documentId(), document.firstSentInClaim()))
                    .toList();
        }
    }

    /** The state of an upload, for its member or ops: documents, duplicates and the analysis once done. */
    public record UploadView(UUID claimId, String memberContract, ClaimStatus status, Instant receivedAt,
                             Instant analysedAt, List<DocumentView> documents, List<DuplicateView> duplicates,
                             JsonNode analysis) {
    }
}
