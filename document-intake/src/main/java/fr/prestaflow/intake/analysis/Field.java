package fr.prestaflow.intake.analysis;

/** The parts of a care line the analysis looks for, named for the ops reviewer. */
public enum Field {
    /** The document's text itself (OCR unavailable, failed, partial). */
    TEXT,
    CARE_DATE,
    CARE_CATEGORY,
    /** Frais réels: what the patient was charged. */
    BILLED_AMOUNT,
    /** Base de remboursement (BR). */
    BASE_AMOUNT,
    AMO_RATE,
    /** What the compulsory scheme paid (décompte "montant remboursé"). */
    AMO_PAID,
    PARTICIPATION,
    FRANCHISE,
    PRACTITIONER_ID,
    ACT_CODE,
    BASKET,
    SIDE
}
