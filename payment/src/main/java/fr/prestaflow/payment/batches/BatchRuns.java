package fr.prestaflow.payment.batches;

import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** One run: make a batch of the READY orders, then hand every unsubmitted batch to the bank. */
@Component
class BatchRuns {

    private static final Logger log = LoggerFactory.getLogger(BatchRuns.class);

    private final PaymentBatches batches;
    private final BatchSubmission submission;

    BatchRuns(PaymentBatches batches, BatchSubmission submission) {
        this.batches = batches;
        this.submission = submission;
    }

    Optional<UUID> run(BatchTrigger trigger) {
        Optional<UUID> created = batches.create(trigger);
        try {
            submission.submitPending();
        } catch (RuntimeException e) {
            // The batch is committed; the next run submits it again.
            log.error("Submitting batches to the bank failed; retried on the next run", e);
        }
        return created;
    }
}
