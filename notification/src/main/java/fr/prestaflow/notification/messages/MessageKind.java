package fr.prestaflow.notification.messages;

/** What a message tells the member. */
enum MessageKind {
    ADJUDICATED, REIMBURSED, REJECTED, PAYMENT_FAILED, STILL_IN_REVIEW
}
