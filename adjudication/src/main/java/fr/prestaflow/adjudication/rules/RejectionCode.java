package fr.prestaflow.adjudication.rules;

/** Why the complementary pays nothing on a line (REIMBURSEMENT_RULES.md §22), in the order the checks run. */
public enum RejectionCode {
    DUPLICATE_LINE,
    CARE_BEFORE_COVERAGE,
    CARE_AFTER_TERMINATION,
    NOT_COVERED_BY_PLAN,
    AMO_NOT_COVERED,
    PRACTITIONER_ID_MISSING,
    CHILD_AGE_LIMIT_EXCEEDED,
    ALLOWANCE_ALREADY_PAID,
    RENEWAL_PERIOD_NOT_ELAPSED,
    CEILING_REACHED
}
