package fr.prestaflow.adjudication.rules;

/** What one renewal slot is (REIMBURSEMENT_RULES.md §9): the frame as a whole, or each eye, or each ear. */
public enum RenewalUnit {
    ITEM, EYE, EAR
}
