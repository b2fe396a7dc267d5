package fr.prestaflow.payment.batches;

/** What started a batch. */
enum BatchTrigger {
    SCHEDULED, ON_DEMAND
}
