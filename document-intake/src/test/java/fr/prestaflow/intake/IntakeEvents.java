package fr.prestaflow.intake;

import org.awaitility.Awaitility;

import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.events.v1.ClaimEvent;
import fr.prestaflow.contracts.events.v1.EventHeaders;
import fr.prestaflow.contracts.events.v1.EventTypes;
import fr.prestaflow.platform.messaging.EventCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/**
 * Reads what intake publishes on {@code claims.intake.claims.v1}, from the beginning, with a plain KafkaConsumer on
 * every partition (no consumer group: nothing to wait for). One reader per test JVM; only test threads use it.
 */
public final class IntakeEvents {

    private static IntakeEvents shared;

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    private IntakeEvents(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.INTAKE_CLAIMS, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    static synchronized IntakeEvents on(String bootstrapServers) {
        if (shared == null) {
            shared = new IntakeEvents(bootstrapServers);
        }
        return shared;
    }

    /** The record of the claim with this event type, waiting for the outbox relay to publish it. */
    public synchronized ConsumerRecord<String, String> await(UUID claimId, Class<? extends ClaimEvent> type) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            poll();
            return find(claimId, type).orElse(null);
        }, record -> record != null);
    }

    /** Every record of the claim read so far, in order, after reading what has been published. */
    public synchronized List<ConsumerRecord<String, String>> of(UUID claimId) {
        poll();
        return seen.stream().filter(record -> claimId.toString().equals(record.key())).toList();
    }

    public static <T extends ClaimEvent> T decode(EventCodec codec, ConsumerRecord<String, String> record, Class<T> type) {
        return type.cast(codec.decode(record).event());
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        return EventCodec.header(record, name);
    }

    private Optional<ConsumerRecord<String, String>> find(UUID claimId, Class<? extends ClaimEvent> type) {
        String ceType = EventTypes.typeOf(type);
        return seen.stream().filter(record -> claimId.toString().equals(record.key())
                && ceType.equals(header(record, EventHeaders.TYPE))).findFirst();
    }

    private void poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    }
}
