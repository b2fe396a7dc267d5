package fr.prestaflow.notification.timeline;

/**
 * Where a claim stands for the member (ARCHITECTURE.md, claim lifecycle). The rank orders the steps so the timeline never
 * goes backwards: PAYMENT_FAILED ranks below REIMBURSED because a retried transfer may still succeed.
 */
public enum ClaimStatus {

    RECEIVED(1, "Demande reçue"),
    IN_REVIEW(2, "En cours de vérification"),
    ANALYSED(3, "Demande analysée"),
    ADJUDICATED(4, "Remboursement calculé"),
    PAYMENT_FAILED(5, "Virement refusé par la banque"),
    REIMBURSED(6, "Remboursement versé"),
    REJECTED(7, "Demande refusée");

    private final int rank;
    private final String label;

    ClaimStatus(int rank, String label) {
        this.rank = rank;
        this.label = label;
    }

    public int rank() {
        return rank;
    }

    /** The step as the member reads it, in French. */
    public String label() {
        return label;
    }
}
