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
    CEILING_REACHED,
    /**
     * Pipeline code beside §22, never found by the rules of one claim: the same care line was already paid in another
     * claim of the beneficiary (e.g. once by teletransmission and once by a member upload). The service names such
     * lines with {@link AdjudicationEngine#adjudicate(ClaimInput, java.util.Set)}; they keep their AMO stage (§3).
     */
    DUPLICATE_CLAIM_LINE
}
