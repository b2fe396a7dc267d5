package fr.prestaflow.teletransmission;

import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.events.v1.EventHeaders;
import fr.prestaflow.platform.messaging.EventCodec;
import fr.prestaflow.testsupport.TestDatabase;
import fr.prestaflow.testsupport.TestKafka;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a test: uploads a generated NLF file over HTTP to the real service (the test PostgreSQL and broker of
 * test-support) and measures from the first byte sent to the last ClaimAnalysed event read from the broker.
 *
 * <pre>
 * ./mvnw -o -q -pl teletransmission test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx1g -cp teletransmission/target/classes:teletransmission/target/test-classes:$(cat teletransmission/target/cp.txt) \
 *     fr.prestaflow.teletransmission.NlfIngestBenchmark [decomptes, default 200000] [lines per décompte, default 5]
 * </pre>
 *
 * The file comes from {@code python3 nlf-gen.py} (system property {@code nlf.gen}, default
 * ../tools/nlf-gen.py, the project's copy, relative to the teletransmission module), seed 42, with a random sender and file id so that earlier runs do not make it a
 * replay or its décomptes E033. The broker runs in this JVM (test-support), so the peak heap printed includes it.
 */
public final class NlfIngestBenchmark {

    private static final String GENERATOR = System.getProperty("nlf.gen", "../tools/nlf-gen.py");

    private NlfIngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int decomptes = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int linesPer = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String sender = String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        String fileId = "BENCH-" + System.currentTimeMillis();
        Path file = generate(decomptes, linesPer, sender, fileId);
        System.out.printf("file %s: %,d décomptes x %d lines, %,d bytes; %d cores, max heap %d MB%n", fileId, decomptes,
                linesPer, Files.size(file), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        TestDatabase db = TestDatabase.shared();
        String kafka = TestKafka.bootstrapServers();
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(TeletransmissionApplication.class)
                .properties(Map.of("DB_HOST", db.host(), "DB_PORT", db.port(), "DB_NAME", db.name(), "DB_USER", db.user(),
                        "DB_PASSWORD", db.password(), "KAFKA_BOOTSTRAP_SERVERS", kafka, "PORT", 0,
                        "prestaflow.crypto.allow-demo-keys", true,
                        "logging.level.root", "WARN", "logging.level.fr.prestaflow", "INFO"))
                .run()) {
            int port = service.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            JsonMapper json = service.getBean(JsonMapper.class);
            run(file, port, json, kafka, "noemie:" + sender + "/" + fileId + "/");
        } finally {
            Files.deleteIfExists(file);
        }
        System.exit(0);
    }

    private static void run(Path file, int port, JsonMapper json, String kafka, String source) throws Exception {
        var analysed = new AtomicLong();
        var lines = new AtomicLong();
        Thread reader = Thread.ofPlatform().daemon().start(() -> count(kafka, source, analysed, lines));
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        HttpClient http = HttpClient.newHttpClient();

        long start = System.nanoTime();
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/noemie/files")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        long uploaded = System.nanoTime();
        String location = posted.headers().firstValue("Location").orElseThrow(
                () -> new IllegalStateException("Upload refused: " + posted.statusCode() + " " + posted.body()));
        JsonNode view;
        do {
            Thread.onSpinWait();
            view = json.readTree(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + location))
                    .build(), HttpResponse.BodyHandlers.ofString()).body());
        } while (List.of("RECEIVED", "PROCESSING").contains(view.get("status").asString()) && pause());
        long processed = System.nanoTime();
        long claims = view.at("/pipeline/claimsCreated").asLong();
        long accepted = view.at("/counts/linesAccepted").asLong();
        while (analysed.get() < claims && pause()) {
            // the relay publishes what the file's transaction committed
        }
        long end = System.nanoTime();
        reader.interrupt();

        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("status %s, %,d claims, %,d care lines accepted (%,d in ClaimAnalysed events read back)%n",
                view.get("status").asString(), claims, accepted, lines.get());
        System.out.printf("upload %.1f s, upload+processing %.1f s, to the last ClaimAnalysed on the broker %.1f s%n",
                seconds(uploaded - start), seconds(processed - start), seconds(end - start));
        System.out.printf("=> %,.0f care lines/s end to end (%,.0f lines/s upload+processing); peak heap %d MB "
                        + "(sum of heap pool peaks, embedded broker and reader included)%n",
                accepted / seconds(end - start), accepted / seconds(processed - start), peak >> 20);
    }

    /** Counts the ClaimAnalysed events of the file, and their care lines, from the current end of the topic. */
    private static void count(String kafka, String source, AtomicLong analysed, AtomicLong lines) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10_000), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.TELETRANSMISSION_CLAIMS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            while (!Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if ("fr.prestaflow.ClaimAnalysed.v1".equals(EventCodec.header(record, EventHeaders.TYPE))
                            && record.value().contains(source)) {
                        lines.addAndGet(occurrences(record.value(), "\"lineNumber\""));
                        analysed.incrementAndGet();
                    }
                }
            }
        } catch (org.apache.kafka.common.errors.InterruptException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            count++;
        }
        return count;
    }

    private static Path generate(int decomptes, int linesPer, String sender, String fileId)
            throws IOException, InterruptedException {
        Path file = Files.createTempFile("nlf-ingest-", ".nlf");
        Process generator = new ProcessBuilder("python3", GENERATOR, "--decomptes", Integer.toString(decomptes),
                "--lines-per", Integer.toString(linesPer), "--seed", "42", "--sender", sender, "--file-id", fileId,
                "--out", file.toString()).inheritIO().start();
        if (generator.waitFor() != 0) {
            throw new IllegalStateException("nlf-gen.py failed with exit code " + generator.exitValue());
        }
        return file;
    }

    private static boolean pause() {
        try {
            Thread.sleep(100); // a benchmark main, not a test: plain polling
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return true;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
