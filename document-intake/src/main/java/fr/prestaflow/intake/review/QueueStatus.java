package fr.prestaflow.intake.review;

/** The statuses the queue can be filtered on: decided claims have left it. */
enum QueueStatus {
    OPEN, TAKEN
}
