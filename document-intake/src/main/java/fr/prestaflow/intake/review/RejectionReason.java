package fr.prestaflow.intake.review;

/**
 * Why a reviewer rejects a claim; the code travels in ClaimRejected.codes, the text is what the member reads unless
 * the reviewer writes their own.
 */
enum RejectionReason {
    ILLEGIBLE("Le document envoyé n'est pas lisible."),
    NOT_A_CARE_INVOICE("Le document envoyé n'est pas une facture de soins."),
    DUPLICATE("Cette demande nous est déjà parvenue."),
    OUTSIDE_COVERAGE("Les soins sont en dehors de la période couverte par votre contrat."),
    MISSING_PRESCRIPTION("Une prescription médicale est nécessaire pour ces soins."),
    INCOMPLETE("Il manque des informations ou des documents pour traiter votre demande."),
    /** The reviewer's comment is the whole explanation. */
    OTHER("");

    private final String memberText;

    RejectionReason(String memberText) {
        this.memberText = memberText;
    }

    static boolean isKnown(String code) {
        for (RejectionReason reason : values()) {
            if (reason.name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    /** The reason the member reads: the standard sentence, followed by the reviewer's comment when there is one. */
    String textFor(String comment) {
        boolean commented = comment != null && !comment.isBlank();
        if (this == OTHER || memberText.isEmpty()) {
            return commented ? comment.strip() : "Votre demande ne peut pas être traitée.";
        }
        return commented ? memberText + " " + comment.strip() : memberText;
    }
}
