package fr.prestaflow.platform.outbox;

import fr.prestaflow.contracts.events.v1.ClaimEvent;
import fr.prestaflow.contracts.events.v1.EventTypes;
import fr.prestaflow.platform.ids.TimeOrderedIds;
import fr.prestaflow.platform.messaging.DeferredInserts;
import fr.prestaflow.platform.messaging.EventCodec;
import fr.prestaflow.platform.trace.TraceContext;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes events to the outbox table in the caller's transaction: the business change and its event commit together or not
 * at all. Business code never calls Kafka; the {@link OutboxRelay} publishes.
 */
public class OutboxWriter {

    private static final String INSERT = """
            insert into outbox_event (id, aggregatetype, aggregateid, type, topic, payload, traceparent)
            select * from unnest(:id::uuid[], :aggregateType::varchar[], :key::varchar[], :type::varchar[],
                :topic::varchar[], :payload::text[], :traceparent::varchar[])""";

    private final DeferredInserts inserts;
    private final EventCodec codec;

    public OutboxWriter(DeferredInserts inserts, EventCodec codec) {
        this.inserts = inserts;
        this.codec = codec;
    }

    /** Appends a claim event keyed by its claim id; returns the event id ({@code ce_id}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID append(String topic, ClaimEvent event) {
        return append(TimeOrderedIds.next(), topic, "claim", event.claimId().toString(), EventTypes.typeOf(event.getClass()), event);
    }

    /**
     * Appends claim events, in this order, as one multi-row insert (deferred like {@link #append} in a batch consumer's
     * transaction): a teletransmission file writes its events thousands at a time.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendAll(String topic, List<? extends ClaimEvent> events) {
        inserts.insertAsArrays(INSERT, events.stream().map(event -> row(TimeOrderedIds.next(), topic, "claim",
                event.claimId().toString(), EventTypes.typeOf(event.getClass()), event, TraceContext.childOfCurrent()))
                .toList());
    }

    /**
     * Appends any message; {@code key} is the Kafka key, so messages with one key stay in order. In a batch consumer's
     * transaction the row is inserted with the poll's other rows, just before the commit.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID append(UUID eventId, String topic, String aggregateType, String key, String type, Object payload) {
        inserts.insertAsArrays(INSERT, List.of(row(eventId, topic, aggregateType, key, type, payload, TraceContext.childOfCurrent())));
        return eventId;
    }

    private MapSqlParameterSource row(UUID eventId, String topic, String aggregateType, String key, String type,
                                      Object payload, String traceparent) {
        return new MapSqlParameterSource()
                .addValue("id", eventId)
                .addValue("aggregateType", aggregateType)
                .addValue("key", key)
                .addValue("type", type)
                .addValue("topic", topic)
                .addValue("payload", payload instanceof String raw ? raw : codec.write(payload))
                .addValue("traceparent", traceparent);
    }
}
