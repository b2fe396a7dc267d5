package fr.prestaflow.platform.outbox;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Runs the relay on its own thread every poll interval. */
public class OutboxRelayScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelayScheduler.class);

    private final OutboxRelay relay;
    private final Duration pollInterval;
    private ScheduledExecutorService executor;

    public OutboxRelayScheduler(OutboxRelay relay, Duration pollInterval) {
        this.relay = relay;
        this.pollInterval = pollInterval;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("outbox-relay").daemon().factory());
        executor.scheduleWithFixedDelay(this::publish, pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void publish() {
        try {
            relay.publishPending();
        } catch (RuntimeException e) {
            log.warn("Outbox relay round failed, retrying in {}: {}", pollInterval, e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    /** Stops before the Kafka producer and the data source go away, so a last round can finish. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
