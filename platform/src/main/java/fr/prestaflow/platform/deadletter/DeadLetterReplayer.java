package fr.prestaflow.platform.deadletter;

import fr.prestaflow.platform.ids.TimeOrderedIds;
import fr.prestaflow.platform.outbox.OutboxWriter;
import fr.prestaflow.platform.web.ApiException;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replays a dead letter to its source topic with its original {@code ce_id}, through the outbox, optionally with a
 * corrected payload. Consumers that had already applied the event skip it; the one that failed processes it.
 */
public class DeadLetterReplayer {

    private final DeadLetterStore store;
    private final OutboxWriter outbox;
    private final JsonMapper json;

    public DeadLetterReplayer(DeadLetterStore store, OutboxWriter outbox, JsonMapper json) {
        this.store = store;
        this.outbox = outbox;
        this.json = json;
    }

    @Transactional
    public DeadLetter replay(UUID id, String correctedPayload) {
        DeadLetter letter = store.find(id).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "DEAD_LETTER_NOT_FOUND",
                "Dead letter not found", "No dead letter " + id));
        if (!store.markReplayed(id)) {
            throw new ApiException(HttpStatus.CONFLICT, "DEAD_LETTER_ALREADY_REPLAYED", "Dead letter already replayed",
                    "Dead letter " + id + " was replayed at " + letter.replayedAt());
        }
        String payload = correctedPayload != null ? correctedPayload : letter.payload();
        if (letter.eventType() == null || !isJson(payload)) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "DEAD_LETTER_NOT_REPLAYABLE", "Dead letter not replayable",
                    "The message has no ce_type or its payload is not JSON: send a corrected payload");
        }
        UUID eventId = parseOrNew(letter.eventId());
        outbox.append(eventId, letter.sourceTopic(), "claim", letter.key(), letter.eventType(), payload);
        return store.find(id).orElseThrow();
    }

    private boolean isJson(String payload) {
        if (payload == null) {
            return false;
        }
        try {
            json.readTree(payload);
            return true;
        } catch (JacksonException e) {
            return false;
        }
    }

    private static UUID parseOrNew(String eventId) {
        try {
            return eventId == null ? TimeOrderedIds.next() : UUID.fromString(eventId);
        } catch (IllegalArgumentException e) {
            return TimeOrderedIds.next();
        }
    }
}
