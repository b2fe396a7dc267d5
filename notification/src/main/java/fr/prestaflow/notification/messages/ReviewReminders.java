package fr.prestaflow.notification.messages;

import fr.prestaflow.notification.NotificationProperties;
import fr.prestaflow.notification.timeline.ClaimDetail;
import fr.prestaflow.notification.timeline.ClaimTimelines;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells the member when a review lasts longer than {@code prestaflow.notification.messages.review-reminder-after}. The
 * reminder's id is derived from the claim and the moment its review started, so the unique (event_id, channel) of the
 * delivery log lets each review episode remind once, however often the check runs and on however many replicas.
 */
@Component
class ReviewReminders {

    private static final Logger log = LoggerFactory.getLogger(ReviewReminders.class);
    private static final int BATCH = 500;

    private final ClaimTimelines timelines;
    private final DeliveryPlanner planner;
    private final DeliveryLog deliveries;
    private final DeliveryDispatcher dispatcher;
    private final NotificationProperties properties;
    private final Clock clock;

    ReviewReminders(ClaimTimelines timelines, DeliveryPlanner planner, DeliveryLog deliveries, DeliveryDispatcher dispatcher,
                    NotificationProperties properties, Clock clock) {
        this.timelines = timelines;
        this.planner = planner;
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${prestaflow.notification.messages.review-check-interval:15m}",
            initialDelayString = "${prestaflow.notification.messages.review-check-interval:15m}")
    void scheduledCheck() {
        try {
            int planned = remindLongReviews();
            if (planned > 0) {
                log.info("Reminded {} members of a long review", planned);
            }
        } catch (RuntimeException e) {
            log.warn("Review reminder round failed: {}", e.getMessage());
        }
    }

    /** Plans and sends a reminder for each claim in review for too long that has none yet; returns how many. */
    int remindLongReviews() {
        int planned = 0;
        for (ClaimDetail claim : timelines.inReviewSince(clock.instant().minus(properties.messages().reviewReminderAfter()), BATCH)) {
            UUID reminderId = reminderId(claim);
            // each insert commits on its own: the unique (event_id, channel) settles a race between two replicas
            if (planReminder(reminderId, claim)) {
                dispatcher.sendPendingOf(reminderId);
                planned++;
            }
        }
        return planned;
    }

    private boolean planReminder(UUID reminderId, ClaimDetail claim) {
        if (deliveries.planned(reminderId)) {
            return false;
        }
        planner.plan(reminderId, claim, MessageComposer.stillInReview(claim, properties.zone()));
        return true;
    }

    static UUID reminderId(ClaimDetail claim) {
        return UUID.nameUUIDFromBytes(("still-in-review:" + claim.claimId() + ":" + claim.statusAt())
                .getBytes(StandardCharsets.UTF_8));
    }
}
