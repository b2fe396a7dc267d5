package fr.prestaflow.platform.messaging;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks an event as processed by a consumer, in the caller's transaction, so the effect and the marker commit together.
 * A redelivery after a crash, or a relay re-send, finds the marker and has no second effect.
 */
public class IdempotentConsumer {

    private final JdbcClient jdbc;

    public IdempotentConsumer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True the first time this consumer sees the event; false when it was already applied. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId) {
        return jdbc.sql("insert into processed_message (consumer, event_id) values (:consumer, :eventId) on conflict do nothing")
                .param("consumer", consumer)
                .param("eventId", eventId)
                .update() == 1;
    }

    /** The events of {@code eventIds} this consumer sees for the first time, marked processed in one statement. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<UUID> firstDeliveries(String consumer, List<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        insert into processed_message (consumer, event_id)
                        select :consumer, id from unnest(:eventIds) as id
                        on conflict do nothing returning event_id""")
                .param("consumer", consumer)
                .param("eventIds", eventIds.toArray(UUID[]::new))
                .query(UUID.class)
                .list());
    }
}
