package fr.prestaflow.platform.deadletter;

import fr.prestaflow.contracts.events.v1.EventHeaders;
import fr.prestaflow.platform.ids.TimeOrderedIds;
import fr.prestaflow.platform.messaging.EventCodec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Keeps dead-lettered messages of this service in its own schema so ops can list, inspect and replay them. */
public class DeadLetterStore {

    private static final Set<String> BINARY_LONG_HEADERS = Set.of("kafka_dlt-original-offset", "kafka_dlt-original-timestamp");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    public DeadLetterStore(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Records a message read from a {@code .DLT} topic; the same DLT record twice is stored once. */
    public void record(ConsumerRecord<String, String> dltRecord, String sourceTopic) {
        Map<String, String> headers = readableHeaders(dltRecord);
        String partition = headers.getOrDefault("kafka_dlt-original-partition", Integer.toString(dltRecord.partition()));
        String offset = headers.getOrDefault("kafka_dlt-original-offset", Long.toString(dltRecord.offset()));
        String reason = Optional.ofNullable(headers.get(EventHeaders.DLT_REASON))
                .or(() -> Optional.ofNullable(headers.get("kafka_dlt-exception-message")))
                .orElse("unknown");
        jdbc.sql("""
                        insert into dead_letter (id, source_topic, source_partition, source_offset, message_key, event_id,
                                                 event_type, headers, payload, reason, received_at)
                        values (:id, :topic, :partition, :offset, :key, :eventId, :eventType, cast(:headers as jsonb), :payload,
                                :reason, :now)
                        on conflict (source_topic, source_partition, source_offset) do nothing""")
                .param("id", TimeOrderedIds.next())
                .param("topic", sourceTopic)
                .param("partition", parseIntOr(partition, dltRecord.partition()))
                .param("offset", parseLongOr(offset, dltRecord.offset()))
                .param("key", dltRecord.key())
                .param("eventId", EventCodec.header(dltRecord, EventHeaders.ID))
                .param("eventType", EventCodec.header(dltRecord, EventHeaders.TYPE))
                .param("headers", json.writeValueAsString(headers))
                .param("payload", dltRecord.value())
                .param("reason", reason)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /** Spring Kafka writes the original partition, offset and timestamp as binary numbers; everything else is text. */
    static Map<String, String> readableHeaders(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            byte[] value = header.value();
            String text;
            if (value == null) {
                text = null;
            } else if (value.length == Integer.BYTES && header.key().equals("kafka_dlt-original-partition")) {
                text = Integer.toString(ByteBuffer.wrap(value).getInt());
            } else if (value.length == Long.BYTES && BINARY_LONG_HEADERS.contains(header.key())) {
                text = Long.toString(ByteBuffer.wrap(value).getLong());
            } else {
                text = new String(value, StandardCharsets.UTF_8);
            }
            headers.put(header.key(), text);
        }
        return headers;
    }

    public List<DeadLetter> pending(int limit) {
        return jdbc.sql("select * from dead_letter where replayed_at is null order by received_at limit :limit")
                .param("limit", limit).query(this::map).list();
    }

    public Optional<DeadLetter> find(UUID id) {
        return jdbc.sql("select * from dead_letter where id = :id").param("id", id).query(this::map).optional();
    }

    public boolean markReplayed(UUID id) {
        return jdbc.sql("update dead_letter set replayed_at = :now where id = :id and replayed_at is null")
                .param("now", Timestamp.from(clock.instant())).param("id", id).update() == 1;
    }

    private DeadLetter map(ResultSet rs, int row) throws SQLException {
        Timestamp replayed = rs.getTimestamp("replayed_at");
        return new DeadLetter(rs.getObject("id", UUID.class), rs.getString("source_topic"), rs.getInt("source_partition"),
                rs.getLong("source_offset"), rs.getString("message_key"), rs.getString("event_id"), rs.getString("event_type"),
                json.readValue(rs.getString("headers"), new TypeReference<Map<String, String>>() { }), rs.getString("payload"),
                rs.getString("reason"), rs.getTimestamp("received_at").toInstant(),
                replayed == null ? null : replayed.toInstant());
    }

    private static int parseIntOr(String value, int fallback) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static long parseLongOr(String value, long fallback) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
