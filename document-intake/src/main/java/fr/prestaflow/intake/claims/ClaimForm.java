package fr.prestaflow.intake.claims;

import java.time.LocalDate;
import java.util.List;

/**
 * The {@code claim} part of an upload: who the care was for, what each file is, and what the member remembers of the
 * care (the hints). Checked by {@link ClaimForms}, not by annotations, so that every problem is reported at once.
 */
record ClaimForm(String contractNumber, Beneficiary beneficiary, List<DocumentDeclaration> documents, String comment,
                 List<DeclaredLine> lines, Boolean visionChangeJustified) {

    ClaimForm {
        documents = documents == null ? List.of() : documents;
        lines = lines == null ? List.of() : lines;
    }

    record Beneficiary(String nir, Integer rank, LocalDate birthDate) {
    }

    /** @param type the document type the member chose, e.g. "Facture dentaire", "Prescription" */
    record DocumentDeclaration(String type, String comment) {
    }

    /** A care line as the member remembers it; amounts in euro cents. */
    record DeclaredLine(LocalDate careDate, String careCategory, Long paidCents) {
    }
}
