package fr.prestaflow.payment;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Business counters, counted once the transaction that did the work commits (a rolled-back batch paid nobody).
 * Tags take few values: payee kind, trigger, ISO reason code; never a claim or a contract.
 */
@Component
public class PaymentMetrics {

    private final MeterRegistry meters;

    PaymentMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    /** @param outcome ready, awaiting_bank_account or offset */
    public void orderCreated(String outcome) {
        count("prestaflow.payments.orders", "outcome", outcome);
    }

    public void debtRecorded() {
        count("prestaflow.payments.debts", "kind", "reversal");
    }

    public void batchCreated(String trigger) {
        count("prestaflow.payments.batches", "trigger", trigger);
    }

    public void issued(String payeeKind) {
        count("prestaflow.payments.issued", "payee", payeeKind);
    }

    public void paid(String payeeKind) {
        count("prestaflow.payments.paid", "payee", payeeKind);
    }

    public void failed(String reasonCode) {
        count("prestaflow.payments.failed", "reason", reasonCode);
    }

    private void count(String name, String tag, String value) {
        Runnable increment = () -> meters.counter(name, tag, value).increment();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    increment.run();
                }
            });
        } else {
            increment.run();
        }
    }
}
