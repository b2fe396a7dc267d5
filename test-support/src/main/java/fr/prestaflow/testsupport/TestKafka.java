package fr.prestaflow.testsupport;

import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** One real Kafka broker (KRaft) per test JVM, or the one named by {@code PRESTAFLOW_TEST_KAFKA}. */
public final class TestKafka {

    private static volatile String bootstrapServers;

    private TestKafka() {
    }

    public static String bootstrapServers() {
        String servers = bootstrapServers;
        if (servers == null) {
            synchronized (TestKafka.class) {
                if (bootstrapServers == null) {
                    bootstrapServers = start();
                }
                servers = bootstrapServers;
            }
        }
        return servers;
    }

    private static String start() {
        String external = System.getenv("PRESTAFLOW_TEST_KAFKA");
        if (external != null && !external.isBlank()) {
            return external;
        }
        var broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.brokerProperties(Map.of(
                "auto.create.topics.enable", "true",
                "group.initial.rebalance.delay.ms", "0",
                "offsets.topic.num.partitions", "3"));
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
        return broker.getBrokersAsString();
    }
}
