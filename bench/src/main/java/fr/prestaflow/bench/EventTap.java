package fr.prestaflow.bench;

import fr.prestaflow.contracts.events.v1.EventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads topics from their end offsets as they were when {@link #start} returned (no consumer group, nothing committed),
 * handing every record to one handler on the tap's thread. Values stay bytes, turned into text only by the handlers that
 * look inside (the bench shares the machine it measures; most events it only counts).
 */
final class EventTap implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Throwable failure;

    private EventTap(String bootstrap, List<String> topics, Consumer<ConsumerRecord<String, byte[]>> handler)
            throws InterruptedException {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.CLIENT_ID_CONFIG, "prestaflow-bench-tap"),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(p -> consumer.position(p, Duration.ofSeconds(30))); // fixes the end offsets now
        CountDownLatch started = new CountDownLatch(1);
        thread = Thread.ofPlatform().name("bench-tap").daemon().start(() -> {
            started.countDown();
            try {
                while (running) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                        handler.accept(record);
                    }
                }
            } catch (org.apache.kafka.common.errors.WakeupException e) {
                // closing
            } catch (Throwable e) {
                failure = e;
            } finally {
                consumer.close(Duration.ofSeconds(5));
            }
        });
        started.await();
    }

    static EventTap start(String bootstrap, List<String> topics, Consumer<ConsumerRecord<String, byte[]>> handler)
            throws InterruptedException {
        return new EventTap(bootstrap, topics, handler);
    }

    void check() {
        if (failure != null) {
            throw new IllegalStateException("The event tap stopped: " + failure, failure);
        }
    }

    /** The value as UTF-8 text, or null. */
    static String text(ConsumerRecord<String, byte[]> record) {
        return record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
    }

    static String type(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(EventHeaders.TYPE);
        return header == null || header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(10_000);
    }
}
