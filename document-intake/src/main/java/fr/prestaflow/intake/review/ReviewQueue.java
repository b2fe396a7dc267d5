package fr.prestaflow.intake.review;

import fr.prestaflow.platform.web.ApiException;
import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.events.v1.ClaimAnalysed;
import fr.prestaflow.contracts.events.v1.ClaimRejected;
import fr.prestaflow.intake.ErrorCode;
import fr.prestaflow.intake.IntakeProperties;
import fr.prestaflow.intake.claims.Claim;
import fr.prestaflow.intake.claims.ClaimDocument;
import fr.prestaflow.intake.claims.ClaimStatus;
import fr.prestaflow.intake.claims.ClaimStore;
import fr.prestaflow.intake.claims.ClaimViews.DocumentView;
import fr.prestaflow.intake.review.ReviewViews.Decided;
import fr.prestaflow.intake.review.ReviewViews.DecisionView;
import fr.prestaflow.intake.review.ReviewViews.ReviewItem;
import fr.prestaflow.intake.review.ReviewViews.ReviewPage;
import fr.prestaflow.platform.outbox.OutboxWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The ops review queue: listing, taking a claim, and deciding it. */
@Service
class ReviewQueue {

    /** Reception days in filters are French calendar days. */
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final Logger log = LoggerFactory.getLogger(ReviewQueue.class);

    private final ReviewTasks tasks;
    private final ClaimStore claims;
    private final OutboxWriter outbox;
    private final JsonMapper json;
    private final Clock clock;
    private final IntakeProperties.Review settings;

    ReviewQueue(ReviewTasks tasks, ClaimStore claims, OutboxWriter outbox, JsonMapper json, Clock clock,
                IntakeProperties properties) {
        this.tasks = tasks;
        this.claims = claims;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
        this.settings = properties.review();
    }

    @Transactional(readOnly = true)
    public ReviewPage list(QueueFilter filter) {
        Instant now = clock.instant();
        List<ReviewTask> page = tasks.list(filter, now, ZONE);
        List<UUID> ids = page.stream().map(ReviewTask::claimId).toList();
        Map<UUID, Claim> claimsById = claims.find(ids);
        Map<UUID, List<ClaimDocument>> documents = claims.documents(ids);
        List<ReviewItem> items = page.stream().map(task -> item(task, claimsById.get(task.claimId()),
                documents.getOrDefault(task.claimId(), List.of()), now)).toList();
        return new ReviewPage(items, filter.page(), filter.size(), tasks.count(filter, now, ZONE));
    }

    @Transactional(readOnly = true)
    public ReviewItem get(UUID claimId) {
        ReviewTask task = tasks.find(claimId).orElseThrow(() -> notInReview(claimId));
        return item(task, claims.find(claimId).orElseThrow(), claims.documents(claimId), clock.instant());
    }

    /** The claim is the agent's until the take expires; another agent's unexpired take is a conflict. */
    @Transactional
    public ReviewItem take(UUID claimId, String agent) {
        Instant now = clock.instant();
        if (!tasks.take(claimId, agent, now, now.plus(settings.takeTimeout()))) {
            ReviewTask task = tasks.find(claimId).orElseThrow(() -> notInReview(claimId));
            if (task.decided()) {
                throw alreadyDecided(task);
            }
            throw takenByAnother(task);
        }
        try (var ignored = MDC.putCloseable("claimId", claimId.toString())) {
            log.info("Review claim taken by agent {}", agent);
        }
        return get(claimId);
    }

    /** Applies the decision of the agent who took the claim, with its event, once. */
    @Transactional
    public Decided decide(UUID claimId, String agent, DecisionRequest request) {
        Instant now = clock.instant();
        ReviewTask task = tasks.lock(claimId).orElseThrow(() -> notInReview(claimId));
        if (task.decided()) {
            throw alreadyDecided(task);
        }
        if (!agent.equals(task.takenBy())) {
            throw task.takenAt(now) ? takenByAnother(task) : ErrorCode.CLAIM_NOT_TAKEN.exception(
                    "Take claim " + claimId + " before deciding it");
        }
        Decision decision = Decisions.check(request, LocalDate.ofInstant(now, ZONE));
        Claim claim = claims.find(claimId).orElseThrow();
        try (var ignored = MDC.putCloseable("claimId", claimId.toString())) {
            return switch (decision) {
                case Decision.Complete complete -> complete(claim, agent, complete, now);
                case Decision.Reject reject -> reject(claim, agent, reject, now);
            };
        }
    }

    private Decided complete(Claim claim, String agent, Decision.Complete decision, Instant now) {
        tasks.decide(claim.id(), agent, now, "COMPLETE", null, null, json.writeValueAsString(decision.lines()));
        leaveReview(claim, ClaimStatus.ANALYSED);
        boolean vision = decision.visionChangeJustified() == null ? claim.visionChangeJustified()
                : decision.visionChangeJustified();
        // correction stays false: this is the claim's first analysis, made by a human instead of the machine
        outbox.append(Topics.INTAKE_CLAIMS, new ClaimAnalysed(claim.id(), now, Channel.UPLOAD, claim.beneficiary(),
                decision.lines(), vision, false, false, claim.source()));
        log.info("Review completed by agent {} with {} care line(s)", agent, decision.lines().size());
        return new Decided(claim.id(), ClaimStatus.ANALYSED, "COMPLETE", agent, now);
    }

    private Decided reject(Claim claim, String agent, Decision.Reject decision, Instant now) {
        String code = decision.reason().name();
        tasks.decide(claim.id(), agent, now, "REJECT", code, decision.comment(), null);
        leaveReview(claim, ClaimStatus.REJECTED);
        outbox.append(Topics.INTAKE_CLAIMS, new ClaimRejected(claim.id(), now, "review", List.of(code),
                decision.reason().textFor(decision.comment()), List.of()));
        log.info("Review rejected by agent {} with {}", agent, code);
        return new Decided(claim.id(), ClaimStatus.REJECTED, "REJECT", agent, now);
    }

    private void leaveReview(Claim claim, ClaimStatus outcome) {
        if (!claims.leaveReview(claim.id(), outcome)) {
            throw new IllegalStateException("Claim " + claim.id() + " has a review task but is " + claim.status());
        }
    }

    private ReviewItem item(ReviewTask task, Claim claim, List<ClaimDocument> documents, Instant now) {
        ReviewStatus status = task.statusAt(now);
        JsonNode analysis = claim.analysis().map(json::readTree).orElse(null);
        DecisionView decision = task.decided() ? new DecisionView(task.decision(), task.decidedBy(), task.decidedAt(),
                task.reasonCode(), task.decisionComment()) : null;
        return new ReviewItem(claim.id(), claim.memberContract(), status,
                status == ReviewStatus.TAKEN ? task.takenBy() : null,
                status == ReviewStatus.TAKEN ? task.takenUntil() : null,
                claim.receivedAt(), task.queuedAt(), task.reason(), claim.beneficiary(), claim.comment(),
                claim.visionChangeJustified(), claim.hints(), documents.stream().map(DocumentView::of).toList(),
                analysis, analysis == null ? null : analysis.get("lines"), decision);
    }

    private static ApiException notInReview(UUID claimId) {
        return ErrorCode.CLAIM_NOT_IN_REVIEW.exception("Claim " + claimId + " is not in the review queue");
    }

    private static ApiException alreadyDecided(ReviewTask task) {
        return ErrorCode.CLAIM_ALREADY_DECIDED.exception("Claim " + task.claimId() + " was already decided by "
                + task.decidedBy(), Map.of("decidedBy", task.decidedBy(), "decision", task.decision()));
    }

    private static ApiException takenByAnother(ReviewTask task) {
        return ErrorCode.CLAIM_TAKEN_BY_ANOTHER_AGENT.exception("Claim " + task.claimId()
                + " is taken by agent " + task.takenBy() + " until " + task.takenUntil(),
                Map.of("takenBy", task.takenBy(), "takenUntil", task.takenUntil().toString()));
    }
}
