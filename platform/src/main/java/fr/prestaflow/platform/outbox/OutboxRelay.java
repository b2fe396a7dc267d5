package fr.prestaflow.platform.outbox;

import fr.prestaflow.contracts.events.v1.EventHeaders;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
 * Publishes committed outbox rows to Kafka, oldest first, and deletes them in the same transaction once the broker
 * acknowledged them: one statement per round, and no second copy of each payload. One replica publishes at a time
 * (advisory lock), which keeps each claim's events in order. A failed send rolls the deletion back; a crash after
 * sending and before the commit re-sends on the next round, and consumers are idempotent on {@code ce_id}.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final JdbcClient jdbc;
    private final KafkaTemplate<String, String> kafka;
    private final TransactionTemplate transactions;
    private final long lockKey;
    private final String source;
    private final int batchSize;
    private final Counter published;

    public OutboxRelay(JdbcClient jdbc, KafkaTemplate<String, String> kafka, TransactionTemplate transactions,
                       String serviceName, int batchSize, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.kafka = kafka;
        this.transactions = transactions;
        this.lockKey = ("prestaflow.outbox." + serviceName).hashCode();
        this.source = "/prestaflow/" + serviceName;
        this.batchSize = batchSize;
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
            // A queue's statistics are always stale (empty at the last analyse, thousands of rows a second later): a
            // sequential scan chosen on them reads the whole backlog every round. The seq index is always right here.
            jdbc.sql("set local enable_seqscan = off").update();
            List<OutboxRow> rows = new ArrayList<>(jdbc.sql("""
                            delete from outbox_event
                            where seq = any(array(select seq from outbox_event order by seq limit :limit))
                            returning seq, id, aggregateid, type, topic, payload, traceparent, created_at""")
                    .param("limit", batchSize)
                    .query((rs, n) -> new OutboxRow(rs.getLong("seq"), rs.getObject("id", UUID.class),
                            rs.getString("aggregateid"), rs.getString("type"), rs.getString("topic"),
                            rs.getString("payload"), rs.getString("traceparent"), rs.getTimestamp("created_at").toInstant()))
                    .list());
            if (rows.isEmpty()) {
                return 0;
            }
            rows.sort(Comparator.comparingLong(OutboxRow::seq));
            send(rows);
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

    private record OutboxRow(long seq, UUID id, String aggregateId, String type, String topic, String payload, String traceparent,
                             Instant createdAt) {
    }
}
