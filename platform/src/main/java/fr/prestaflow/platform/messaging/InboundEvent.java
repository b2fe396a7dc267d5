package fr.prestaflow.platform.messaging;

import fr.prestaflow.contracts.events.v1.ClaimEvent;
import java.util.UUID;

/** A decoded claim event with its CloudEvents id (the idempotency key) and trace context. */
public record InboundEvent(UUID eventId, String type, ClaimEvent event, String traceparent) {
}
