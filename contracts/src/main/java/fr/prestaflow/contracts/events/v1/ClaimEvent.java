package fr.prestaflow.contracts.events.v1;

import java.time.Instant;
import java.util.UUID;

/** Every event of a claim's lifecycle. The Kafka key is always {@link #claimId()}, so one claim's events stay in order. */
public sealed interface ClaimEvent permits ClaimReceived, ClaimSentToReview, ClaimAnalysed, ClaimAdjudicated, ClaimRejected,
        PaymentIssued, ClaimReimbursed, PaymentFailed {

    UUID claimId();

    Instant occurredAt();
}
