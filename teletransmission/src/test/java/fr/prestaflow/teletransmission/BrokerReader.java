package fr.prestaflow.teletransmission;

import static org.awaitility.Awaitility.await;

import fr.prestaflow.platform.messaging.EventCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from its beginning, without a consumer group, and collects the records a test is waiting for. */
public final class BrokerReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final Duration patience;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public BrokerReader(String bootstrapServers, String topic, Duration patience) {
        this.patience = patience;
        this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000), new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Waits until at least {@code count} records match, and returns every match seen so far. */
    public List<ConsumerRecord<String, String>> awaitMatching(Predicate<ConsumerRecord<String, String>> match, int count) {
        return await().atMost(patience).until(() -> {
            consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
            return seen.stream().filter(match).toList();
        }, matches -> matches.size() >= count);
    }

    /** Every record read so far that matches. */
    public List<ConsumerRecord<String, String>> seen(Predicate<ConsumerRecord<String, String>> match) {
        return seen.stream().filter(match).toList();
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        return EventCodec.header(record, name);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
