package fr.prestaflow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.common.Uuid;

/** A real Kafka broker in KRaft mode (broker and controller in one process), from the Kafka jars on Maven Central. */
final class KafkaBroker {

    private KafkaBroker() {
    }

    static ChildProcess start(StackSettings settings, String classpath) {
        try {
            Path home = settings.dataDir().resolve("kafka");
            Path data = home.resolve("data");
            Files.createDirectories(data);
            Path properties = home.resolve("server.properties");
            Files.writeString(properties, """
                    process.roles=broker,controller
                    node.id=1
                    controller.quorum.voters=1@localhost:%2$d
                    listeners=PLAINTEXT://localhost:%1$d,CONTROLLER://localhost:%2$d
                    advertised.listeners=PLAINTEXT://localhost:%1$d
                    controller.listener.names=CONTROLLER
                    listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                    log.dirs=%3$s
                    num.partitions=3
                    offsets.topic.replication.factor=1
                    offsets.topic.num.partitions=6
                    transaction.state.log.replication.factor=1
                    transaction.state.log.min.isr=1
                    share.coordinator.state.topic.replication.factor=1
                    share.coordinator.state.topic.min.isr=1
                    group.initial.rebalance.delay.ms=0
                    log.retention.hours=168
                    log.cleaner.dedupe.buffer.size=8388608
                    """.formatted(settings.kafkaPort(), settings.kafkaPort() + 1, data.toAbsolutePath()));
            Path logs = settings.dataDir().resolve("logs");
            if (!Files.exists(data.resolve("meta.properties"))) {
                ChildProcess format = ChildProcess.java("kafka-format", classpath, List.of("-Xmx256m"),
                        List.of("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c",
                                properties.toString()), java.util.Map.of(), logs);
                if (format.waitFor() != 0) {
                    throw new IllegalStateException("Formatting Kafka storage failed, see " + logs.resolve("kafka-format.log"));
                }
            }
            // The optimising compiler, like the services on the claims' path: it takes the broker from 16-18 % to 14 % of
            // a core in the benchmark, for about 50 MB. A heap that starts small: with the log cleaner's 8 MB buffer
            // (128 MB by default, set above), the broker's heap holds little else.
            return ChildProcess.java("kafka", classpath, List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC",
                            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20", "-XX:CICompilerCount=2",
                            "-XX:ReservedCodeCacheSize=64m", "-Xss512k"),
                    List.of("kafka.Kafka", properties.toString()), java.util.Map.of(), logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
