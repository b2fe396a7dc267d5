package fr.prestaflow.platform.outbox;

import fr.prestaflow.contracts.events.v1.ClaimEvent;
import fr.prestaflow.contracts.events.v1.EventTypes;
import fr.prestaflow.platform.messaging.EventCodec;
import fr.prestaflow.platform.trace.TraceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes events to the outbox table in the caller's transaction: the business change and its event commit together or not
 * at all. Business code never calls Kafka; the {@link OutboxRelay} publishes.
 */
public class OutboxWriter {

    private static final String INSERT = """
            insert into outbox_event (id, aggregatetype, aggregateid, type, topic, payload, traceparent)
            values (:id, :aggregateType, :key, :type, :topic, cast(:payload as jsonb), :traceparent)""";

    private final NamedParameterJdbcTemplate jdbc;
    private final EventCodec codec;

    public OutboxWriter(NamedParameterJdbcTemplate jdbc, EventCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    /** Appends a claim event keyed by its claim id; returns the event id ({@code ce_id}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID append(String topic, ClaimEvent event) {
        return append(UUID.randomUUID(), topic, "claim", event.claimId().toString(), EventTypes.typeOf(event.getClass()), event);
    }

    /** Appends any message; {@code key} is the Kafka key, so messages with one key stay in order. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID append(UUID eventId, String topic, String aggregateType, String key, String type, Object payload) {
        SqlParameterSource row = new MapSqlParameterSource()
                .addValue("id", eventId)
                .addValue("aggregateType", aggregateType)
                .addValue("key", key)
                .addValue("type", type)
                .addValue("topic", topic)
                .addValue("payload", payload instanceof String raw ? raw : codec.write(payload))
                .addValue("traceparent", TraceContext.childOfCurrent());
        if (TransactionSynchronizationManager.getResource(this) instanceof Deferred deferred) {
            deferred.rows().add(row);
        } else {
            jdbc.update(INSERT, row);
        }
        return eventId;
    }

    /**
     * From now until the current transaction ends, appended events are kept and inserted together, in order, just before
     * it commits: one statement for a whole poll of consumed records instead of one per event.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void deferUntilCommit() {
        if (TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        var deferred = new Deferred(new ArrayList<>());
        TransactionSynchronizationManager.bindResource(this, deferred);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                if (!deferred.rows().isEmpty()) {
                    jdbc.batchUpdate(INSERT, deferred.rows().toArray(SqlParameterSource[]::new));
                }
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(OutboxWriter.this);
            }
        });
    }

    private record Deferred(List<SqlParameterSource> rows) {
    }
}
