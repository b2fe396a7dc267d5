package fr.prestaflow.platform.messaging;

import fr.prestaflow.contracts.events.v1.ClaimEvent;
import fr.prestaflow.contracts.events.v1.EventHeaders;
import fr.prestaflow.contracts.events.v1.EventTypes;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes event JSON. The record type comes from {@code ce_type}, never from a Java class name on the wire. */
public class EventCodec {

    private final JsonMapper json;

    public EventCodec(JsonMapper json) {
        this.json = json;
    }

    public String write(Object event) {
        return json.writeValueAsString(event);
    }

    public <T> T read(String payload, Class<T> type) {
        try {
            return json.readValue(payload, type);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new InvalidEventException("Payload is not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** Decodes a claim event, checking its headers; bad data is an {@link InvalidEventException}, which is never retried. */
    public InboundEvent decode(ConsumerRecord<String, String> record) {
        String type = header(record, EventHeaders.TYPE);
        String id = header(record, EventHeaders.ID);
        if (type == null || id == null) {
            throw new InvalidEventException("Missing ce_type or ce_id header");
        }
        UUID eventId;
        try {
            eventId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("ce_id is not a UUID: " + id, e);
        }
        Class<? extends ClaimEvent> eventClass = EventTypes.classOf(type)
                .orElseThrow(() -> new InvalidEventException("Unknown ce_type " + type));
        if (record.value() == null) {
            throw new InvalidEventException("Empty payload");
        }
        ClaimEvent event = read(record.value(), eventClass);
        if (record.key() != null && !record.key().equals(event.claimId().toString())) {
            throw new InvalidEventException("Key " + record.key() + " is not the claimId " + event.claimId());
        }
        return new InboundEvent(eventId, type, event, header(record, EventHeaders.TRACEPARENT));
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
