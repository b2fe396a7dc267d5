package fr.prestaflow.teletransmission.files;

import fr.prestaflow.platform.trace.TraceContext;
import fr.prestaflow.teletransmission.TeletransmissionProperties;
import fr.prestaflow.teletransmission.nlf.NlfResult;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * A bounded pool of workers ({@code prestaflow.teletransmission.workers}) that take RECEIVED files from the database,
 * oldest first, one at a time each. The database is the queue: files uploaded while the service was down, or left
 * PROCESSING by a worker that died, are picked up at startup or after {@code stalled-after}; replicas share the work
 * with {@code for update skip locked}.
 */
@Component
class FileWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FileWorker.class);

    private final FileStore files;
    private final FileProcessing processing;
    private final Clock clock;
    private final int workers;
    private final int maxAttempts;
    private final Duration pollInterval;
    private final Duration stalledAfter;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private ExecutorService executor;

    FileWorker(FileStore files, FileProcessing processing, Clock clock, TeletransmissionProperties properties) {
        this.files = files;
        this.processing = processing;
        this.clock = clock;
        this.workers = properties.workers();
        this.maxAttempts = properties.maxAttempts();
        this.pollInterval = properties.pollInterval();
        this.stalledAfter = properties.stalledAfter();
    }

    /** A file was just stored: a waiting worker looks for it now rather than at its next poll. */
    void wake() {
        wakeUps.release();
    }

    @Override
    public synchronized void start() {
        running = true;
        executor = Executors.newFixedThreadPool(workers, Thread.ofPlatform().name("nlf-worker-", 1).factory());
        for (int i = 0; i < workers; i++) {
            executor.submit(this::work);
        }
    }

    private void work() {
        while (running) {
            try {
                Optional<FileStore.Claimed> next = files.claimNext();
                if (next.isPresent()) {
                    handle(next.get());
                } else {
                    files.recoverStalled(clock.instant().minus(stalledAfter));
                    wakeUps.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("NLF worker round failed, retrying in {}: {}", pollInterval, e.getMessage());
                pause();
            }
        }
    }

    private void handle(FileStore.Claimed file) {
        try (var trace = TraceContext.enter(file.traceparent());
             var mdc = MDC.putCloseable("nlfFile", file.id().toString())) {
            if (file.attempts() > maxAttempts) {
                files.failed(file.id(), file.attempts(), maxAttempts, "Given up after " + maxAttempts + " attempts");
                log.error("NLF file {} given up after {} attempts", file.id(), maxAttempts);
                return;
            }
            long start = System.nanoTime();
            try {
                processing.process(file.id()).ifPresent(result -> logOutcome(result, start));
            } catch (RuntimeException e) {
                log.warn("Processing of NLF file {} failed (attempt {} of {})", file.id(), file.attempts(), maxAttempts, e);
                files.failed(file.id(), file.attempts(), maxAttempts, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }

    private static void logOutcome(NlfResult result, long start) {
        log.info("NLF file {}/{} {} ({}): {} of {} décomptes and {} of {} lines accepted, {} errors, {} warnings, {} ms",
                result.senderCode(), result.fileId(), result.status(), result.disposition(), result.decomptesAccepted(),
                result.decomptesRead(), result.linesAccepted(), result.linesRead(), result.errorCount(),
                result.warningCount(), (System.nanoTime() - start) / 1_000_000);
    }

    private void pause() {
        try {
            wakeUps.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (executor == null) {
            return;
        }
        wakeUps.release(workers);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("NLF workers still busy at shutdown; their files will be picked up again after {}", stalledAfter);
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
