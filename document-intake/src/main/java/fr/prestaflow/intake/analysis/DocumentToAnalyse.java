package fr.prestaflow.intake.analysis;

import fr.prestaflow.intake.documents.DocumentType;
import java.util.Objects;
import java.util.UUID;

/**
 * One document of a claim, as stored, with what the upload already knows about it.
 *
 * @param position          its place in the claim, from 0
 * @param typeLabel         the document type the member chose, e.g. "Facture dentaire"
 * @param supporting        a prescription or other document that bills nothing
 * @param repeatedInClaim   the same bytes as an earlier document of this claim
 * @param firstSentInClaim  the earlier claim that already carried these bytes, or null
 */
public record DocumentToAnalyse(UUID documentId, int position, String fileName, String typeLabel, DocumentType type,
                                byte[] content, boolean supporting, boolean repeatedInClaim, UUID firstSentInClaim) {

    public DocumentToAnalyse {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(content, "content");
        fileName = fileName == null ? "" : fileName;
        typeLabel = typeLabel == null ? "" : typeLabel;
    }

    public DocumentKind kind() {
        return DocumentKind.fromLabel(typeLabel);
    }

    String displayName() {
        return fileName.isBlank() ? "document " + (position + 1) : fileName;
    }
}
