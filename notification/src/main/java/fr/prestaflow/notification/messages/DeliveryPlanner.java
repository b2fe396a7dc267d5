package fr.prestaflow.notification.messages;

import fr.prestaflow.notification.NotificationProperties;
import fr.prestaflow.notification.preferences.ContactChannel;
import fr.prestaflow.notification.preferences.MemberContact;
import fr.prestaflow.notification.preferences.MemberContacts;
import fr.prestaflow.notification.timeline.ClaimDetail;
import fr.prestaflow.notification.timeline.ClaimStatusChanged;
import fr.prestaflow.notification.timeline.ClaimStatusesChanged;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

    /** A claim reaching a status that gets a message is read once the poll is applied, as that change left it. */
    @EventListener
    void onStatusChanged(ClaimStatusChanged changed) {
        if (MessageComposer.speaksOf(changed.update().status())) {
            changed.claim().request();
        }
    }

    /**
     * Plans the messages of a poll's changes, the members' contacts read at once; they are sent on the sender thread
     * once the poll has committed. A message is written only for a member it will be sent to.
     */
    @EventListener
    void onPollApplied(ClaimStatusesChanged poll) {
        List<ToPlan> messages = new ArrayList<>();
        for (ClaimStatusChanged changed : poll.changes()) {
            if (MessageComposer.speaksOf(changed.update().status())) {
                changed.claim().get().ifPresent(claim -> MessageComposer.kindFor(claim.status())
                        .ifPresent(kind -> messages.add(new ToPlan(changed.eventId(), claim, kind))));
            }
        }
        if (messages.isEmpty()) {
            return;
        }
        Map<String, MemberContact> found = contacts.find(messages.stream().map(m -> m.claim().contractNumber())
                .filter(Objects::nonNull).toList());
        List<UUID> toSend = new ArrayList<>();
        for (ToPlan m : messages) {
            toSend.addAll(plan(m.eventId(), m.claim(), m.kind(),
                    () -> MessageComposer.forStatus(m.claim()).orElseThrow(),
                    Optional.ofNullable(m.claim().contractNumber()).map(found::get)));
        }
        if (!toSend.isEmpty()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatcher.sendSoon(toSend);
                }
            });
        }
    }

    private record ToPlan(UUID eventId, ClaimDetail claim, MessageKind kind) {
    }

    /** Plans the message on each channel the member chose; records why not when nothing can be sent. */
    void plan(UUID eventId, ClaimDetail claim, Message message) {
        plan(eventId, claim, message.kind(), () -> message,
                Optional.ofNullable(claim.contractNumber()).flatMap(contacts::find));
    }

    /**
     * The deliveries planned to send: none when the member gets no message. A message not sent is a delivery row
     * with its reason (ops see it on the claim), so it is logged at debug level only: it is most messages of a file
     * whose members have no contact details.
     */
    private List<UUID> plan(UUID eventId, ClaimDetail claim, MessageKind kind, Supplier<Message> compose,
                            Optional<MemberContact> found) {
        Instant now = clock.instant();
        if (found.isEmpty()) {
            log.debug("No contact details for the member of claim {}: no {} message", claim.claimId(), kind);
            deliveries.skip(claim.claimId(), eventId, ContactChannel.EMAIL, kind, "no contact details", now);
            return List.of();
        }
        MemberContact contact = found.get();
        if (contact.optedOut() || contact.channels().isEmpty()) {
            log.debug("Member of claim {} wants no message: no {} message", claim.claimId(), kind);
            deliveries.skip(claim.claimId(), eventId, ContactChannel.EMAIL, kind,
                    contact.optedOut() ? "opted out" : "no channel chosen", now);
            return List.of();
        }
        Instant firstRetry = now.plus(settings.retryDelay());
        Message message = compose.get();
        List<UUID> planned = new ArrayList<>();
        if (contact.wants(ContactChannel.EMAIL)) {
            contact.email().ifPresentOrElse(
                    address -> planned.add(deliveries.plan(claim.claimId(), eventId, ContactChannel.EMAIL, message,
                            address, message.text(), now, firstRetry)),
                    () -> deliveries.skip(claim.claimId(), eventId, ContactChannel.EMAIL, message.kind(), "no e-mail address", now));
        }
        if (contact.wants(ContactChannel.SMS)) {
            contact.phone().ifPresentOrElse(
                    phone -> planned.add(deliveries.plan(claim.claimId(), eventId, ContactChannel.SMS, message, phone,
                            message.sms(), now, firstRetry)),
                    () -> deliveries.skip(claim.claimId(), eventId, ContactChannel.SMS, message.kind(), "no phone number", now));
        }
        return planned;
    }
}
