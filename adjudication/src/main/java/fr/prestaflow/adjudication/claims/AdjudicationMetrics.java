package fr.prestaflow.adjudication.claims;

import fr.prestaflow.contracts.care.Channel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** {@code prestaflow.claims.adjudicated}, tagged {@code outcome} (adjudicated, rejected, reversed) and {@code channel}. */
@Component
class AdjudicationMetrics {

    static final String ADJUDICATED = "prestaflow.claims.adjudicated";

    enum Outcome { ADJUDICATED, REJECTED, REVERSED }

    private final MeterRegistry registry;

    AdjudicationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counted once the transaction commits: a rolled-back attempt, retried later, is not counted twice. */
    void adjudicated(Outcome outcome, Channel channel) {
        Counter counter = Counter.builder(ADJUDICATED)
                .description("Claims adjudicated, by outcome and channel")
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .tag("channel", channel.name().toLowerCase(Locale.ROOT))
                .register(registry);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counter.increment();
                }
            });
        } else {
            counter.increment();
        }
    }
}
