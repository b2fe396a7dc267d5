package fr.prestaflow.teletransmission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Spring context of this module's tests: the real service on a random port, with the JVM's PostgreSQL and
 * Kafka broker from test-support, fast relay and worker polls. Each test starts from empty teletransmission tables
 * (the test database outlives test runs, and the samples' file and décompte ids are fixed); topics keep earlier
 * records, so tests pick theirs by claim id or décompte id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "prestaflow.messaging.poll-interval=50ms",
        "prestaflow.messaging.retries=2",
        "prestaflow.messaging.retry-initial-interval=20ms",
        "prestaflow.messaging.retry-max-interval=50ms",
        "prestaflow.teletransmission.poll-interval=100ms"})
@AutoConfigureMockMvc
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class TeletransmissionTest {

    protected static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired protected MockMvcTester mvc;
    @Autowired protected JdbcClient jdbc;
    @Autowired protected JsonMapper json;
    @Autowired protected KafkaTemplate<String, String> kafka;
    @Value("${local.server.port}") private int port;
    @Value("${spring.kafka.bootstrap-servers}") protected String bootstrapServers;

    @BeforeEach
    void start_from_empty_tables() {
        jdbc.sql("truncate nlf_file, nlf_file_key, blob_chunk, decompte, claim, decompte_rejection cascade").update();
    }

    protected static byte[] sample(String name) {
        try (InputStream in = TeletransmissionTest.class.getResourceAsStream("/nlf-samples/" + name)) {
            assertThat(in).as("sample " + name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Posts the raw file over HTTP, as an integrator would, and returns the id of the upload. */
    protected UUID upload(byte[] file) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/noemie/files"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode body = json.readTree(response.body());
        UUID id = UUID.fromString(body.get("id").asString());
        assertThat(body.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/noemie/files/" + id);
        return id;
    }

    protected JsonNode file(UUID id) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/noemie/files/" + id)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** The view of the upload once a worker is done with it. */
    protected JsonNode awaitProcessed(UUID id) {
        return await().atMost(PATIENCE).until(() -> file(id),
                view -> !List.of("RECEIVED", "PROCESSING").contains(view.get("status").asString()));
    }

    protected byte[] acknowledgment(UUID id) {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri("/api/v1/noemie/files/" + id + "/acknowledgment"))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
        return response.body();
    }

    protected List<UUID> claimsOf(UUID upload) {
        return jdbc.sql("select claim_id from claim where nlf_file = :file order by decompte_id, reversal")
                .param("file", upload).query(UUID.class).list();
    }

    /** Where the outbox stands now: rows written later have a greater {@code seq}. */
    protected long outboxMark() {
        return jdbc.sql("select coalesce(max(seq), 0) from outbox_event_log").query(Long.class).single();
    }

    /** Outbox rows (claim events) written since {@code mark} with this {@code source}. */
    protected long outboxRowsSince(long mark, String source) {
        return jdbc.sql("select count(*) from outbox_event_log where seq > :mark and payload::json ->> 'source' = :source")
                .param("mark", mark).param("source", source).query(Long.class).single();
    }

    protected BrokerReader reader(String topic) {
        return new BrokerReader(bootstrapServers, topic, PATIENCE);
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
