package fr.prestaflow.intake.claims;

import fr.prestaflow.intake.documents.InspectedDocument;

/** An accepted file of an upload, with the member's description of it. */
record Upload(ClaimForm.DocumentDeclaration declaration, InspectedDocument inspected, byte[] content) {

    String fileName() {
        return inspected.fileName() == null ? "" : inspected.fileName().strip();
    }
}
