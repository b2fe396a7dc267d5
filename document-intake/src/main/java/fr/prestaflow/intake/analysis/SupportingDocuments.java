package fr.prestaflow.intake.analysis;

/**
 * Documents that back a claim without billing anything (a prescription for glasses, physiotherapy...): kept for the
 * reviewer and adjudication's rules, never read for care lines.
 */
public final class SupportingDocuments {

    private SupportingDocuments() {
    }

    /** Whether the document type the member chose is a supporting document, e.g. "Prescription", "Ordonnance". */
    public static boolean isSupporting(String typeLabel) {
        if (typeLabel == null) {
            return false;
        }
        String folded = FrenchText.fold(typeLabel.strip());
        return folded.contains("prescription") || folded.contains("ordonnance");
    }
}
