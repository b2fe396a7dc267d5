package fr.prestaflow.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import tools.jackson.databind.node.ObjectNode;

/**
 * Measure 5: what the same broker does on its own, the reference for the figures above: {@code --kafka-records}
 * records of {@code --kafka-record-bytes} to a topic of this run (3 partitions, like the claims topics), acks=all, then
 * read back from the start by one consumer. The topic is deleted afterwards.
 */
final class KafkaReference {

    private final String kafka;
    private final Report report;

    KafkaReference(String kafka, Report report) {
        this.kafka = kafka;
        this.report = report;
    }

    /** @return producer records per second */
    double run(int records, int recordBytes) throws Exception {
        ObjectNode json = report.phase("kafka");
        String topic = "prestaflow.bench.reference." + Long.toString(System.currentTimeMillis(), 36);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
            try {
                byte[] value = new byte[recordBytes];
                new Random(42).nextBytes(value);
                AtomicLong failed = new AtomicLong();
                AtomicReference<Exception> firstFailure = new AtomicReference<>();
                long start;
                try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all",
                        ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.BATCH_SIZE_CONFIG, 65536,
                        ProducerConfig.CLIENT_ID_CONFIG, "prestaflow-bench-reference"),
                        new ByteArraySerializer(), new ByteArraySerializer())) {
                    // A topic just created may not have its leaders yet: a first burst sent then is refused, and the
                    // idempotent producer's retries of it can stall a partition. One acknowledged record per partition
                    // first, outside the measure.
                    for (int partition = 0; partition < 3; partition++) {
                        producer.send(new ProducerRecord<>(topic, partition, null, value)).get(60, TimeUnit.SECONDS);
                    }
                    start = System.nanoTime();
                    for (int i = 0; i < records; i++) {
                        producer.send(new ProducerRecord<>(topic, Integer.toString(i).getBytes(), value), (m, e) -> {
                            if (e != null) {
                                failed.incrementAndGet();
                                firstFailure.compareAndSet(null, e);
                            }
                        });
                    }
                    producer.flush();
                }
                double produceSeconds = (System.nanoTime() - start) / 1e9;

                long read = 0;
                start = System.nanoTime();
                try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10_000,
                        ConsumerConfig.CLIENT_ID_CONFIG, "prestaflow-bench-reference"),
                        new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
                    List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                            .map(p -> new TopicPartition(topic, p.partition())).toList();
                    consumer.assign(partitions);
                    consumer.seekToBeginning(partitions);
                    long deadline = System.currentTimeMillis() + 300_000;
                    while (read < records + 3 - failed.get() && System.currentTimeMillis() < deadline) {
                        ConsumerRecords<byte[], byte[]> batch = consumer.poll(Duration.ofMillis(500));
                        read += batch.count();
                    }
                }
                double consumeSeconds = (System.nanoTime() - start) / 1e9;
                double produced = (records - failed.get()) / produceSeconds;
                double consumed = read / consumeSeconds;
                json.put("topic", topic).put("records", records).put("recordBytes", recordBytes)
                        .put("failed", failed.get()).put("produceSeconds", produceSeconds)
                        .put("producerRecordsPerSecond", produced)
                        .put("producerMBPerSecond", produced * recordBytes / 1e6).put("consumed", read)
                        .put("consumeSeconds", consumeSeconds).put("consumerRecordsPerSecond", consumed)
                        .put("consumerMBPerSecond", consumed * recordBytes / 1e6);
                report.row(String.format("Kafka alone: producer records/s (%d B, acks=all)", recordBytes),
                        String.format("%s (%.0f MB/s)", Report.number(produced), produced * recordBytes / 1e6));
                report.row("Kafka alone: consumer records/s", String.format("%s (%.0f MB/s)", Report.number(consumed),
                        consumed * recordBytes / 1e6));
                if (failed.get() > 0) {
                    report.note("Kafka reference: " + failed.get() + " sends failed, first: " + firstFailure.get());
                }
                return produced;
            } finally {
                admin.deleteTopics(List.of(topic)).all().get();
            }
        }
    }
}
