package fr.prestaflow.platform.outbox;

import fr.prestaflow.contracts.events.v1.EventHeaders;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes committed outbox rows to Kafka, oldest first, and marks them published once the broker acknowledged them.
 * One replica publishes at a time (advisory lock), which keeps each claim's events in order. A crash after sending and
 * before marking re-sends on the next round; consumers are idempotent on {@code ce_id}.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final JdbcClient jdbc;
    private final KafkaTemplate<String, String> kafka;
    private final TransactionTemplate transactions;
    private final long lockKey;
    private final String source;
    private final int batchSize;
    private final Clock clock;
    private final Counter published;

    public OutboxRelay(JdbcClient jdbc, KafkaTemplate<String, String> kafka, TransactionTemplate transactions,
                       String serviceName, int batchSize, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.kafka = kafka;
        this.transactions = transactions;
        this.lockKey = ("prestaflow.outbox." + serviceName).hashCode();
        this.source = "/prestaflow/" + serviceName;
        this.batchSize = batchSize;
        this.clock = clock;
        this.published = Counter.builder("prestaflow.outbox.published").register(meters);
    }

    /** Publishes every pending row, round after round; returns how many were published. */
    public int publishPending() {
        int total = 0;
        int round;
        do {
            round = publishRound();
            total += round;
        } while (round == batchSize);
        return total;
    }

    private int publishRound() {
        Integer count = transactions.execute(status -> {
            Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", lockKey).query(Boolean.class).single();
            if (!locked) {
                return 0;
            }
            List<OutboxRow> rows = jdbc.sql("""
                            select id, aggregateid, type, topic, payload::text as payload, traceparent, created_at
                            from outbox_event where published_at is null order by seq limit :limit""")
                    .param("limit", batchSize)
                    .query((rs, n) -> new OutboxRow(rs.getObject("id", UUID.class), rs.getString("aggregateid"),
                            rs.getString("type"), rs.getString("topic"), rs.getString("payload"),
                            rs.getString("traceparent"), rs.getTimestamp("created_at").toInstant()))
                    .list();
            if (rows.isEmpty()) {
                return 0;
            }
            send(rows);
            jdbc.sql("update outbox_event set published_at = :now where id in (:ids)")
                    .param("now", Timestamp.from(clock.instant()))
                    .param("ids", rows.stream().map(OutboxRow::id).toList())
                    .update();
            return rows.size();
        });
        int sent = count == null ? 0 : count;
        published.increment(sent);
        return sent;
    }

    private void send(List<OutboxRow> rows) {
        List<CompletableFuture<?>> acks = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            acks.add(kafka.send(toRecord(row)));
        }
        kafka.flush();
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the broker", e);
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Outbox batch not acknowledged by the broker, will retry: {}", e.getMessage());
            throw new IllegalStateException("Outbox batch not acknowledged", e);
        }
    }

    private ProducerRecord<String, String> toRecord(OutboxRow row) {
        var record = new ProducerRecord<String, String>(row.topic(), row.aggregateId(), row.payload());
        header(record, EventHeaders.SPEC_VERSION, "1.0");
        header(record, EventHeaders.ID, row.id().toString());
        header(record, EventHeaders.TYPE, row.type());
        header(record, EventHeaders.SOURCE, source);
        header(record, EventHeaders.TIME, row.createdAt().toString());
        header(record, EventHeaders.CONTENT_TYPE, "application/json");
        if (row.traceparent() != null) {
            header(record, EventHeaders.TRACEPARENT, row.traceparent());
        }
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Deletes published rows older than the limit. Processed-message markers are kept: a replay from a dead-letter topic
     * may come long after the first delivery and must still find them.
     */
    public int purgePublishedBefore(Instant limit) {
        return jdbc.sql("delete from outbox_event where published_at < :before").param("before", Timestamp.from(limit)).update();
    }

    private record OutboxRow(UUID id, String aggregateId, String type, String topic, String payload, String traceparent,
                             Instant createdAt) {
    }
}
