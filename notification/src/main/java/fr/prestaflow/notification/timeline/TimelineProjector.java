package fr.prestaflow.notification.timeline;

import fr.prestaflow.contracts.care.BeneficiaryRef;
import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.events.v1.AdjudicatedLine;
import fr.prestaflow.contracts.events.v1.ClaimAdjudicated;
import fr.prestaflow.contracts.events.v1.ClaimAnalysed;
import fr.prestaflow.contracts.events.v1.ClaimEvent;
import fr.prestaflow.contracts.events.v1.ClaimReceived;
import fr.prestaflow.contracts.events.v1.ClaimReimbursed;
import fr.prestaflow.contracts.events.v1.ClaimRejected;
import fr.prestaflow.contracts.events.v1.ClaimSentToReview;
import fr.prestaflow.contracts.events.v1.ClaimTotals;
import fr.prestaflow.contracts.events.v1.PaymentFailed;
import fr.prestaflow.contracts.events.v1.PaymentIssued;
import fr.prestaflow.contracts.money.Money;
import fr.prestaflow.notification.NotificationProperties;
import fr.prestaflow.notification.timeline.TimelineRules.Decision;
import fr.prestaflow.notification.timeline.TimelineStore.FirstStep;
import fr.prestaflow.notification.timeline.TimelineStore.Head;
import fr.prestaflow.notification.timeline.TimelineStore.LineRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns one claim event into the claim's timeline: the step (if it is one) and the facts the event brings. The poll's
 * claim rows are read once ({@link #prepare}); each event then decides on the row as the poll's earlier events left it
 * and changes it in memory; the poll writes its rows back, lines and steps in them, together before it commits.
 */
@Component
class TimelineProjector {

    private static final Logger log = LoggerFactory.getLogger(TimelineProjector.class);

    private final TimelineStore store;
    private final ClaimTimelines timelines;
    private final ApplicationEventPublisher publisher;
    private final NotificationProperties properties;

    TimelineProjector(TimelineStore store, ClaimTimelines timelines, ApplicationEventPublisher publisher,
                      NotificationProperties properties) {
        this.store = store;
        this.timelines = timelines;
        this.publisher = publisher;
        this.properties = properties;
    }

    /** Locks (or creates) the claim rows of a poll's events at once, before they are applied in order. */
    @Transactional(propagation = Propagation.MANDATORY)
    public TimelinePoll prepare(List<ClaimEvent> events) {
        Map<UUID, FirstStep> firsts = new HashMap<>();
        for (ClaimEvent event : events) {
            stepOf(event).ifPresent(status -> firsts.putIfAbsent(event.claimId(), new FirstStep(status, event.occurredAt())));
        }
        var poll = new TimelinePoll(store.lockOrCreate(firsts), store, timelines, publisher);
        TransactionSynchronizationManager.registerSynchronization(poll);
        return poll;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void apply(UUID eventId, ClaimEvent event, TimelinePoll poll) {
        if (event instanceof PaymentIssued e) {
            log.debug("Payment order {} of claim {} left in batch {}", e.paymentOrderId(), e.claimId(), e.batchId());
            return;
        }
        ClaimStatus status = stepOf(event).orElseThrow();
        ClaimRow row = poll.row(event.claimId(), status, event.occurredAt());
        Head head = project(eventId, event, status, row);
        if (moved(head)) {
            poll.announce(eventId, new StatusUpdate(event.claimId(), status, status.label(), event.occurredAt()));
        }
    }

    /** The step an event is, if it is one: a payment order leaving in a batch is not. */
    private static Optional<ClaimStatus> stepOf(ClaimEvent event) {
        return switch (event) {
            case ClaimReceived e -> Optional.of(ClaimStatus.RECEIVED);
            case ClaimSentToReview e -> Optional.of(ClaimStatus.IN_REVIEW);
            case ClaimAnalysed e -> Optional.of(ClaimStatus.ANALYSED);
            case ClaimAdjudicated e -> Optional.of(ClaimStatus.ADJUDICATED);
            case ClaimRejected e -> Optional.of(ClaimStatus.REJECTED);
            case PaymentFailed e -> Optional.of(ClaimStatus.PAYMENT_FAILED);
            case ClaimReimbursed e -> Optional.of(ClaimStatus.REIMBURSED);
            case PaymentIssued e -> Optional.empty();
        };
    }

    private Head project(UUID eventId, ClaimEvent event, ClaimStatus status, ClaimRow row) {
        switch (event) {
            case ClaimReceived e -> {
                Head head = step(eventId, e, status, false, row);
                identify(e.occurredAt(), e.channel(), e.beneficiary(), head, row);
                return head;
            }
            case ClaimSentToReview e -> {
                return step(eventId, e, status, false, row);
            }
            case ClaimAnalysed e -> {
                Head head = step(eventId, e, status, e.correction(), row);
                identify(e.occurredAt(), e.channel(), e.beneficiary(), head, row);
                if (TimelineStore.linesAreNewer(head, e.occurredAt())) {
                    List<LineRow> lines = e.lines().stream().map(TimelineProjector::analysedLine).toList();
                    Money billed = Money.ofCents(e.lines().stream().mapToLong(CareLine::billedCents).sum());
                    replaceLines(e, lines, new Amounts(billed, null, null, null), row);
                }
                return head;
            }
            case ClaimAdjudicated e -> {
                Head head = step(eventId, e, status, false, row);
                identify(e.occurredAt(), e.channel(), e.beneficiary(), head, row);
                if (TimelineStore.linesAreNewer(head, e.occurredAt())) {
                    replaceLines(e, adjudicatedLines(e.lines()), totals(e.totals(), e.lines()), row);
                    store.adjudicated(row, e.reimbursed(), e.payee() == null ? null : e.payee().kind().name(),
                            e.reversal(), expectedPaymentDate(e));
                }
                return head;
            }
            case ClaimRejected e -> {
                Head head = step(eventId, e, status, false, row);
                if (moved(head)) {
                    store.rejected(row, e.codes());
                }
                if (!e.lines().isEmpty() && head.decision() != Decision.IGNORE
                        && TimelineStore.linesAreNewer(head, e.occurredAt())) {
                    replaceLines(e, adjudicatedLines(e.lines()), totals(null, e.lines()), row);
                }
                return head;
            }
            case PaymentFailed e -> {
                Head head = step(eventId, e, status, false, row);
                if (moved(head)) {
                    store.paymentFailed(row, e.reasonCode(), e.amount());
                }
                return head;
            }
            case ClaimReimbursed e -> {
                Head head = step(eventId, e, status, false, row);
                if (head.decision() != Decision.IGNORE) {
                    store.paid(row, e.amount(), e.paidOn(), e.maskedIban());
                }
                return head;
            }
            case PaymentIssued e -> throw new IllegalArgumentException("not a step: " + e);
        }
    }

    /**
     * Records the step under the claim's row lock, as the rules decide, and returns the head as it was before with the
     * decision taken.
     */
    private Head step(UUID eventId, ClaimEvent event, ClaimStatus status, boolean correction, ClaimRow row) {
        UUID claimId = event.claimId();
        Instant at = event.occurredAt();
        if (row.takeCreation()) {
            store.addStep(row, 0, status, at, eventId);
            return Head.created(status, at);
        }
        Head head = row.head();
        Decision decision = TimelineRules.decide(head.status(), head.statusAt(), row.hasStep(head.cycle(), status),
                status, at, correction);
        switch (decision) {
            case MOVE -> addStep(eventId, status, at, head.cycle(), true, row);
            case REOPEN -> {
                addStep(eventId, status, at, head.cycle() + 1, true, row);
                store.clearRejection(row);
            }
            case HISTORY_ONLY -> addStep(eventId, status, at, head.cycle(), false, row);
            case IGNORE -> log.info("Claim {}: {} at {} ignored, the claim is {} since {}", claimId, status, at,
                    head.status(), head.statusAt());
        }
        row.noteEarliest(at);
        return head.decided(decision);
    }

    private void addStep(UUID eventId, ClaimStatus status, Instant at, int cycle, boolean move, ClaimRow row) {
        if (move) {
            store.moveTo(row, status, at, cycle);
        }
        store.addStep(row, cycle, status, at, eventId);
    }

    private void identify(Instant at, Channel channel, BeneficiaryRef beneficiary, Head head, ClaimRow row) {
        boolean newer = head.identityAt() == null || !at.isBefore(head.identityAt());
        store.identify(row, newer, at, channel, beneficiary);
    }

    private void replaceLines(ClaimEvent event, List<LineRow> lines, Amounts totals, ClaimRow row) {
        store.replaceLines(row, event.occurredAt(), lines, totals);
    }

    private static boolean moved(Head head) {
        return head.decision() == Decision.MOVE || head.decision() == Decision.REOPEN;
    }

    /** The event's date when adjudication gave one, otherwise the channel's usual delay (NOEMIE 48 h, upload 7 days). */
    private LocalDate expectedPaymentDate(ClaimAdjudicated event) {
        if (event.expectedPaymentDate() != null) {
            return event.expectedPaymentDate();
        }
        return event.occurredAt().plus(properties.serviceLevels().of(event.channel())).atZone(properties.zone()).toLocalDate();
    }

    private static LineRow analysedLine(CareLine line) {
        return new LineRow(line.lineNumber(), line.careDate(), line.careCategory().name(), line.actCode(), line.billedCents(),
                null, null, null, List.of(), null);
    }

    private static List<LineRow> adjudicatedLines(List<AdjudicatedLine> lines) {
        return lines.stream().map(line -> new LineRow(line.lineNumber(), line.careDate(),
                line.careCategory() == null ? "UNKNOWN" : line.careCategory().name(), line.actCode(),
                cents(line.billed()), nullableCents(line.amoPaid()), nullableCents(line.complementaryPaid()),
                nullableCents(line.patientShare()), line.reasons(), line.rejectionCode())).toList();
    }

    private static Amounts totals(ClaimTotals totals, List<AdjudicatedLine> lines) {
        if (totals != null) {
            return new Amounts(totals.billed(), totals.amoPaid(), totals.complementaryPaid(), totals.patientShare());
        }
        return new Amounts(sum(lines, AdjudicatedLine::billed), sum(lines, AdjudicatedLine::amoPaid),
                sum(lines, AdjudicatedLine::complementaryPaid), sum(lines, AdjudicatedLine::patientShare));
    }

    private static Money sum(List<AdjudicatedLine> lines, java.util.function.Function<AdjudicatedLine, Money> amount) {
        return lines.stream().map(amount).filter(java.util.Objects::nonNull).reduce(Money.ZERO, Money::plus);
    }

    private static long cents(Money money) {
        return money == null ? 0 : money.cents();
    }

    private static Long nullableCents(Money money) {
        return money == null ? null : money.cents();
    }
}
