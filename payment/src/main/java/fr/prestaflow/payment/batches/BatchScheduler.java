package fr.prestaflow.payment.batches;

import fr.prestaflow.payment.PaymentProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * A batch every {@code prestaflow.payment.batch-interval}; off with {@code prestaflow.payment.scheduled-batches=false}.
 * Several replicas may run it: READY orders and unsubmitted batches are locked with SKIP LOCKED.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "prestaflow.payment.scheduled-batches", havingValue = "true", matchIfMissing = true)
class BatchScheduler implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(BatchScheduler.class);

    private final BatchRuns runs;
    private final PaymentProperties properties;

    BatchScheduler(BatchRuns runs, PaymentProperties properties) {
        this.runs = runs;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::tick, properties.batchInterval(), properties.batchInterval()));
    }

    private void tick() {
        try {
            runs.run(BatchTrigger.SCHEDULED);
        } catch (RuntimeException e) {
            log.error("Scheduled payment batch failed; retried in {}", properties.batchInterval(), e);
        }
    }
}
