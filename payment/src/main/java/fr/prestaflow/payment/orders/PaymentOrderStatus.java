package fr.prestaflow.payment.orders;

/** Where a payment order stands. */
public enum PaymentOrderStatus {
    /** The payee has no valid bank account yet; the order becomes READY when one is registered. */
    AWAITING_BANK_ACCOUNT,
    /** Waiting for the next batch. */
    READY,
    /** In a pain.001 batch sent to the bank; waiting for its status report. */
    ISSUED,
    /** The bank accepted the transfer. */
    PAID,
    /** The bank rejected the transfer; a new order (attempt + 1) carries the claim on. */
    FAILED,
    /** Entirely offset against what the payee owed after a reversal: nothing to transfer. */
    OFFSET
}
