package fr.prestaflow.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Runs the relay on its own thread every poll interval, and purges old published rows once an hour. */
public class OutboxRelayScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelayScheduler.class);

    private final OutboxRelay relay;
    private final Duration pollInterval;
    private final Duration retention;
    private final Clock clock;
    private ScheduledExecutorService executor;

    public OutboxRelayScheduler(OutboxRelay relay, Duration pollInterval, Duration retention, Clock clock) {
        this.relay = relay;
        this.pollInterval = pollInterval;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("outbox-relay").daemon().factory());
        executor.scheduleWithFixedDelay(this::publish, pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::purge, 1, 60, TimeUnit.MINUTES);
    }

    private void publish() {
        try {
            relay.publishPending();
        } catch (RuntimeException e) {
            log.warn("Outbox relay round failed, retrying in {}: {}", pollInterval, e.getMessage());
        }
    }

    private void purge() {
        try {
            relay.purgePublishedBefore(clock.instant().minus(retention));
        } catch (RuntimeException e) {
            log.warn("Outbox purge failed: {}", e.getMessage());
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
