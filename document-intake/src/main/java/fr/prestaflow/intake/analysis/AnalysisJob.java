package fr.prestaflow.intake.analysis;

import fr.prestaflow.intake.IntakeProperties;
import fr.prestaflow.intake.claims.Claim;
import fr.prestaflow.intake.claims.ClaimDocument;
import fr.prestaflow.intake.claims.ClaimStore;
import fr.prestaflow.intake.claims.ClaimStored;
import fr.prestaflow.intake.documents.DocumentStore;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Analyses received claims in the background. The database is the queue: a worker leases the oldest RECEIVED claim
 * (skipping those other workers or replicas hold), analyses it outside any transaction (OCR may take a minute), then
 * records the outcome. Workers are woken right after an upload commits, and poll besides, so a claim whose wake-up was
 * missed, or whose worker crashed (its lease expires), is still analysed. At startup every lease is released: claims
 * left RECEIVED by a stopped instance are analysed again at once; should another replica still be analysing one, the
 * outcome recorded first wins and the other is dropped.
 */
@Component
class AnalysisJob implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AnalysisJob.class);

    private final ClaimStore claims;
    private final DocumentStore store;
    private final ClaimDocumentsAnalyser analyser;
    private final AnalysisRecorder recorder;
    private final IntakeProperties.Analysis settings;
    private final Semaphore idleWorkers;
    private volatile boolean running;
    private ScheduledExecutorService poller;
    private volatile ExecutorService workers;

    AnalysisJob(ClaimStore claims, DocumentStore store, ClaimDocumentsAnalyser analyser, AnalysisRecorder recorder,
                IntakeProperties properties) {
        this.claims = claims;
        this.store = store;
        this.analyser = analyser;
        this.recorder = recorder;
        this.settings = properties.analysis();
        this.idleWorkers = new Semaphore(settings.workers());
    }

    @Override
    public synchronized void start() {
        workers = Executors.newFixedThreadPool(settings.workers(), Thread.ofPlatform().name("claim-analysis-", 1).factory());
        poller = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("claim-analysis-poller").daemon().factory());
        running = true;
        recoverAfterRestart();
        long interval = settings.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::wake, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** Releases every analysis lease and wakes the workers: RECEIVED claims are analysed again. */
    void recoverAfterRestart() {
        int released = claims.releaseAnalysisLeases();
        if (released > 0) {
            log.info("Released {} analysis lease(s) left by a stopped instance", released);
        }
        wake();
    }

    @TransactionalEventListener
    void onClaimStored(ClaimStored stored) {
        wake();
    }

    /** Starts idle workers; each one analyses claims until none is left. */
    void wake() {
        ExecutorService pool = workers;
        while (running && pool != null && idleWorkers.tryAcquire()) {
            try {
                pool.execute(this::drain);
            } catch (RejectedExecutionException e) {
                idleWorkers.release();
                return;
            }
        }
    }

    private void drain() {
        try {
            Optional<UUID> next;
            while (running && (next = claims.leaseNextToAnalyse(settings.lease())).isPresent()) {
                analyse(next.get());
            }
        } catch (RuntimeException e) {
            log.warn("Claim analysis interrupted, the claim is retried once its lease expires: {}", e.getMessage(), e);
        } finally {
            idleWorkers.release();
        }
    }

    private void analyse(UUID claimId) {
        try (var ignored = MDC.putCloseable("claimId", claimId.toString())) {
            Claim claim = claims.find(claimId).orElseThrow();
            List<DocumentToAnalyse> documents = claims.documents(claimId).stream().map(this::toAnalyse).toList();
            ClaimAnalysis analysis;
            try {
                analysis = analyser.analyse(documents, claim.hints());
            } catch (RuntimeException e) {
                // a bug or a document that breaks a parser: a human looks at the claim rather than it failing forever
                log.error("Automatic analysis failed; the claim goes to review", e);
                analysis = ClaimAnalysis.failed("Automatic analysis failed: " + e.getClass().getSimpleName());
            }
            recorder.record(claim, analysis);
        }
    }

    private DocumentToAnalyse toAnalyse(ClaimDocument document) {
        byte[] content = store.get(document.sha256()).orElseThrow(() -> new IllegalStateException(
                "No stored content for document " + document.documentId()));
        return new DocumentToAnalyse(document.documentId(), document.position(), document.fileName(),
                document.typeLabel(), document.type(), content, document.supporting(), document.repeatedInClaim(),
                document.firstSentInClaim());
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (poller != null) {
            poller.shutdownNow();
            workers.shutdown();
            try {
                if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
                    workers.shutdownNow(); // leased claims are analysed again after the restart
                }
            } catch (InterruptedException e) {
                workers.shutdownNow();
                Thread.currentThread().interrupt();
            }
            poller = null;
            workers = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
