package fr.prestaflow.payment.batches;

import fr.prestaflow.payment.bank.BankGateway;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands the batches not yet submitted to the bank. A batch made but not handed over (crash, bank channel down) is
 * picked up by the next run; the lock keeps two runs from submitting the same batch.
 */
@Component
class BatchSubmission {

    private static final int BATCHES_PER_RUN = 20;

    private final PaymentBatchStore store;
    private final BankGateway bank;
    private final Clock clock;

    BatchSubmission(PaymentBatchStore store, BankGateway bank, Clock clock) {
        this.store = store;
        this.bank = bank;
        this.clock = clock;
    }

    @Transactional
    public int submitPending() {
        List<UUID> pending = store.lockUnsubmitted(BATCHES_PER_RUN);
        for (UUID batchId : pending) {
            bank.submit(batchId, store.pain001(batchId).orElseThrow());
            store.markSubmitted(batchId, clock.instant());
        }
        return pending.size();
    }
}
