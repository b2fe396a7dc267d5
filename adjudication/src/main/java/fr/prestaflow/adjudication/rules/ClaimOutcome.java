package fr.prestaflow.adjudication.rules;

/** §22: a claim whose every line is rejected or pays 0 is answered ClaimRejected, otherwise ClaimAdjudicated. */
public enum ClaimOutcome {
    ADJUDICATED, REJECTED
}
