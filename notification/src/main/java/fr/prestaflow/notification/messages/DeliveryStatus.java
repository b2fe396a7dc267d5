package fr.prestaflow.notification.messages;

/** PENDING until the first attempt; FAILED may be retried until the attempts run out; SKIPPED was never to be sent. */
enum DeliveryStatus {
    PENDING, SENT, FAILED, SKIPPED
}
