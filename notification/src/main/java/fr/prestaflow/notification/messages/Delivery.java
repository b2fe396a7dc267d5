package fr.prestaflow.notification.messages;

import fr.prestaflow.notification.preferences.ContactChannel;
import java.util.UUID;

/** One message to send on one channel, as the delivery log holds it. */
record Delivery(UUID id, UUID claimId, UUID eventId, ContactChannel channel, MessageKind kind, String recipient,
                String subject, String textBody, String htmlBody, DeliveryStatus status, int attempts) {
}
