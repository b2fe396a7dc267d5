package fr.prestaflow.notification.messages;

import fr.prestaflow.notification.NotificationProperties;
import fr.prestaflow.notification.preferences.ContactChannel;
import fr.prestaflow.notification.preferences.MemberContact;
import fr.prestaflow.notification.preferences.MemberContacts;
import fr.prestaflow.notification.timeline.ClaimDetail;
import fr.prestaflow.notification.timeline.ClaimStatusChanged;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Decides who gets which message when a claim changes status. Planning happens in the consumer's transaction, so the
 * delivery rows commit with the timeline; sending waits for the commit, and happens off the consumer's thread.
 */
@Component
class DeliveryPlanner {

    private static final Logger log = LoggerFactory.getLogger(DeliveryPlanner.class);

    private final MemberContacts contacts;
    private final DeliveryLog deliveries;
    private final DeliveryDispatcher dispatcher;
    private final NotificationProperties.Messages settings;
    private final Clock clock;

    DeliveryPlanner(MemberContacts contacts, DeliveryLog deliveries, DeliveryDispatcher dispatcher,
                    NotificationProperties properties, Clock clock) {
        this.contacts = contacts;
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
        this.settings = properties.messages();
        this.clock = clock;
    }

    @EventListener
    void onStatusChanged(ClaimStatusChanged changed) {
        if (!MessageComposer.speaksOf(changed.update().status())) {
            return;
        }
        changed.claim().ifPresent(claim -> MessageComposer.forStatus(claim)
                .ifPresent(message -> plan(changed.eventId(), claim, message)));
    }

    @TransactionalEventListener
    void sendAfterCommit(ClaimStatusChanged changed) {
        if (MessageComposer.speaksOf(changed.update().status())) {
            dispatcher.sendPendingOfSoon(changed.eventId());
        }
    }

    /** Plans the message on each channel the member chose; records why not when nothing can be sent. */
    void plan(UUID eventId, ClaimDetail claim, Message message) {
        Instant now = clock.instant();
        Optional<MemberContact> found = Optional.ofNullable(claim.contractNumber()).flatMap(contacts::find);
        if (found.isEmpty()) {
            log.info("No contact details for the member of claim {}: no {} message", claim.claimId(), message.kind());
            deliveries.skip(claim.claimId(), eventId, ContactChannel.EMAIL, message.kind(), "no contact details", now);
            return;
        }
        MemberContact contact = found.get();
        if (contact.optedOut() || contact.channels().isEmpty()) {
            log.info("Member of claim {} wants no message: no {} message", claim.claimId(), message.kind());
            deliveries.skip(claim.claimId(), eventId, ContactChannel.EMAIL, message.kind(),
                    contact.optedOut() ? "opted out" : "no channel chosen", now);
            return;
        }
        Instant firstRetry = now.plus(settings.retryDelay());
        if (contact.wants(ContactChannel.EMAIL)) {
            contact.email().ifPresentOrElse(
                    address -> deliveries.plan(claim.claimId(), eventId, ContactChannel.EMAIL, message, address,
                            message.text(), now, firstRetry),
                    () -> deliveries.skip(claim.claimId(), eventId, ContactChannel.EMAIL, message.kind(), "no e-mail address", now));
        }
        if (contact.wants(ContactChannel.SMS)) {
            contact.phone().ifPresentOrElse(
                    phone -> deliveries.plan(claim.claimId(), eventId, ContactChannel.SMS, message, phone, message.sms(),
                            now, firstRetry),
                    () -> deliveries.skip(claim.claimId(), eventId, ContactChannel.SMS, message.kind(), "no phone number", now));
        }
    }
}
