package fr.prestaflow.intake.analysis;

import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.events.v1.ClaimAnalysed;
import fr.prestaflow.contracts.events.v1.ClaimSentToReview;
import fr.prestaflow.intake.claims.Claim;
import fr.prestaflow.intake.claims.ClaimStatus;
import fr.prestaflow.intake.claims.ClaimStore;
import fr.prestaflow.intake.review.ReviewTasks;
import fr.prestaflow.platform.outbox.OutboxWriter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records the outcome of an analysis with its event, in one transaction: ClaimAnalysed with the care lines, or
 * ClaimSentToReview and a task in the review queue. Only the first outcome for a claim counts.
 */
@Component
class AnalysisRecorder {

    private static final Logger log = LoggerFactory.getLogger(AnalysisRecorder.class);

    private final ClaimStore claims;
    private final ReviewTasks reviewTasks;
    private final OutboxWriter outbox;
    private final JsonMapper json;
    private final Clock clock;
    private final MeterRegistry meters;

    AnalysisRecorder(ClaimStore claims, ReviewTasks reviewTasks, OutboxWriter outbox, JsonMapper json, Clock clock,
                     MeterRegistry meters) {
        this.claims = claims;
        this.reviewTasks = reviewTasks;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
        this.meters = meters;
    }

    @Transactional
    public void record(Claim claim, ClaimAnalysis analysis) {
        Instant now = clock.instant();
        ClaimStatus outcome = analysis.confident() ? ClaimStatus.ANALYSED : ClaimStatus.IN_REVIEW;
        if (!claims.finishAnalysis(claim.id(), outcome, json.writeValueAsString(analysis), now)) {
            log.info("Claim already analysed elsewhere; this analysis is dropped");
            return;
        }
        if (analysis.confident()) {
            outbox.append(Topics.INTAKE_CLAIMS, new ClaimAnalysed(claim.id(), now, Channel.UPLOAD, claim.beneficiary(),
                    analysis.lines(), claim.visionChangeJustified(), false, false, claim.source()));
            log.info("Claim analysed with {} care line(s), confidence {}", analysis.lines().size(), analysis.confidence());
        } else {
            reviewTasks.enqueue(claim.id(), analysis.reviewReason(), now);
            outbox.append(Topics.INTAKE_CLAIMS, new ClaimSentToReview(claim.id(), now, analysis.reviewReason()));
            log.info("Claim sent to review, confidence {}", analysis.confidence());
        }
        meters.counter("prestaflow.intake.claims.analysed", "outcome", outcome.name()).increment();
    }
}
