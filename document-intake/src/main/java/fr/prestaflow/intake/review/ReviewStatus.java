package fr.prestaflow.intake.review;

/** Where a claim stands in the review queue. A take that expired makes the claim OPEN again. */
public enum ReviewStatus {
    OPEN, TAKEN, DECIDED
}
