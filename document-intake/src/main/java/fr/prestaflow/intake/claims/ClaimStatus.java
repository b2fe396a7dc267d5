package fr.prestaflow.intake.claims;

/** Where an upload claim stands in intake (ARCHITECTURE.md, claim lifecycle). */
public enum ClaimStatus {
    /** Documents stored, analysis pending. */
    RECEIVED,
    /** The analysis was not sure enough: in the review queue. */
    IN_REVIEW,
    /** Care lines sent to adjudication. */
    ANALYSED,
    /** Rejected by a reviewer. */
    REJECTED
}
