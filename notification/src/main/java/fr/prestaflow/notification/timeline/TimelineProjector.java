package fr.prestaflow.notification.timeline;

import fr.prestaflow.contracts.care.CareLine;
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
import fr.prestaflow.notification.timeline.TimelineStore.Head;
import fr.prestaflow.notification.timeline.TimelineStore.LineRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Turns one claim event into the claim's timeline: the step (if it is one) and the facts the event brings. */
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

    @Transactional(propagation = Propagation.MANDATORY)
    public void apply(UUID eventId, ClaimEvent event) {
        switch (event) {
            case ClaimReceived e -> {
                Head head = step(eventId, e, ClaimStatus.RECEIVED, false);
                store.identify(e.claimId(), head, e.occurredAt(), e.channel(), e.beneficiary());
                announce(eventId, e, ClaimStatus.RECEIVED, head);
            }
            case ClaimSentToReview e -> announce(eventId, e, ClaimStatus.IN_REVIEW, step(eventId, e, ClaimStatus.IN_REVIEW, false));
            case ClaimAnalysed e -> {
                Head head = step(eventId, e, ClaimStatus.ANALYSED, e.correction());
                store.identify(e.claimId(), head, e.occurredAt(), e.channel(), e.beneficiary());
                if (TimelineStore.linesAreNewer(head, e.occurredAt())) {
                    List<LineRow> lines = e.lines().stream().map(TimelineProjector::analysedLine).toList();
                    Money billed = Money.ofCents(e.lines().stream().mapToLong(CareLine::billedCents).sum());
                    store.replaceLines(e.claimId(), e.occurredAt(), lines, new Amounts(billed, null, null, null));
                }
                announce(eventId, e, ClaimStatus.ANALYSED, head);
            }
            case ClaimAdjudicated e -> {
                Head head = step(eventId, e, ClaimStatus.ADJUDICATED, false);
                store.identify(e.claimId(), head, e.occurredAt(), e.channel(), e.beneficiary());
                if (TimelineStore.linesAreNewer(head, e.occurredAt())) {
                    store.replaceLines(e.claimId(), e.occurredAt(), adjudicatedLines(e.lines()), totals(e.totals(), e.lines()));
                    store.adjudicated(e.claimId(), e.reimbursed(), e.payee() == null ? null : e.payee().kind().name(),
                            e.reversal(), expectedPaymentDate(e));
                }
                announce(eventId, e, ClaimStatus.ADJUDICATED, head);
            }
            case ClaimRejected e -> {
                Head head = step(eventId, e, ClaimStatus.REJECTED, false);
                if (moved(head)) {
                    store.rejected(e.claimId(), e.codes());
                }
                if (!e.lines().isEmpty() && head.decision() != Decision.IGNORE
                        && TimelineStore.linesAreNewer(head, e.occurredAt())) {
                    store.replaceLines(e.claimId(), e.occurredAt(), adjudicatedLines(e.lines()), totals(null, e.lines()));
                }
                announce(eventId, e, ClaimStatus.REJECTED, head);
            }
            case PaymentFailed e -> {
                Head head = step(eventId, e, ClaimStatus.PAYMENT_FAILED, false);
                if (moved(head)) {
                    store.paymentFailed(e.claimId(), e.reasonCode(), e.amount());
                }
                announce(eventId, e, ClaimStatus.PAYMENT_FAILED, head);
            }
            case ClaimReimbursed e -> {
                Head head = step(eventId, e, ClaimStatus.REIMBURSED, false);
                if (head.decision() != Decision.IGNORE) {
                    store.paid(e.claimId(), e.amount(), e.paidOn(), e.maskedIban());
                }
                announce(eventId, e, ClaimStatus.REIMBURSED, head);
            }
            case PaymentIssued e -> log.debug("Payment order {} of claim {} left in batch {}", e.paymentOrderId(),
                    e.claimId(), e.batchId());
        }
    }

    /**
     * Records the step under the claim's row lock, as the rules decide, and returns the head as it was before with the
     * decision taken.
     */
    private Head step(UUID eventId, ClaimEvent event, ClaimStatus status, boolean correction) {
        UUID claimId = event.claimId();
        Instant at = event.occurredAt();
        Optional<Head> existing = store.lockOrCreate(claimId, status, at);
        if (existing.isEmpty()) {
            store.addStep(claimId, 0, status, at, eventId);
            return Head.created(status, at);
        }
        Head head = existing.get();
        Decision decision = TimelineRules.decide(head.status(), head.statusAt(), store.hasStep(claimId, head.cycle(), status),
                status, at, correction);
        switch (decision) {
            case MOVE -> {
                store.moveTo(claimId, status, at, head.cycle());
                store.addStep(claimId, head.cycle(), status, at, eventId);
            }
            case REOPEN -> {
                store.moveTo(claimId, status, at, head.cycle() + 1);
                store.addStep(claimId, head.cycle() + 1, status, at, eventId);
                store.clearRejection(claimId);
            }
            case HISTORY_ONLY -> store.addStep(claimId, head.cycle(), status, at, eventId);
            case IGNORE -> log.info("Claim {}: {} at {} ignored, the claim is {} since {}", claimId, status, at,
                    head.status(), head.statusAt());
        }
        store.noteEarliest(claimId, at);
        return head.decided(decision);
    }

    private static boolean moved(Head head) {
        return head.decision() == Decision.MOVE || head.decision() == Decision.REOPEN;
    }

    private void announce(UUID eventId, ClaimEvent event, ClaimStatus status, Head head) {
        if (moved(head)) {
            var update = new StatusUpdate(event.claimId(), status, status.label(), event.occurredAt());
            publisher.publishEvent(new ClaimStatusChanged(eventId, update, () -> timelines.find(event.claimId())));
        }
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
