package fr.prestaflow.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.prestaflow.contracts.events.v1.ClaimEvent;
import fr.prestaflow.platform.web.Caller;
import fr.prestaflow.platform.messaging.EventCodec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Spring context of the module's integration tests: the whole service on a real server port, the shared
 * PostgreSQL and Kafka broker, and a clock standing on {@link TestDocuments#TODAY} that tests may move. Every test
 * works with its own member contract, so tests never see each other's claims.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "prestaflow.messaging.poll-interval=50ms",
        "prestaflow.intake.analysis.poll-interval=100ms",
        "prestaflow.intake.review.take-timeout=30m",
        // a connection kept longer than 10 s is logged with the stack of whoever borrowed it: leaks show in any test
        "spring.datasource.hikari.leak-detection-threshold=10000"})
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class IntakeIntegrationTest {

    protected static final Instant NOW = TestDocuments.TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/Paris")).toInstant();
    protected static final String DENTAL = "Facture dentaire";

    @Autowired protected MockMvcTester mvc;
    @Autowired protected JdbcClient jdbc;
    @Autowired protected MutableClock clock;
    @Autowired protected EventCodec codec;
    @Autowired protected JsonMapper json;
    @Autowired private Environment environment;

    @BeforeEach
    void resetClock() {
        clock.set(NOW);
    }

    protected static String newContract() {
        return "CT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    protected MvcTestResult submit(String member, UploadRequest upload) {
        var request = mvc.post().uri("/api/v1/claims").multipart().file(upload.claimPart());
        for (MockMultipartFile file : upload.files()) {
            request.file(file);
        }
        if (member != null) {
            request.header(Caller.MEMBER_CONTRACT_HEADER, member);
        }
        return request.exchange();
    }

    /** Submits an upload that must be accepted; returns the claim id. */
    protected UUID submitted(String member, UploadRequest upload) {
        MvcTestResult result = submit(member, upload);
        assertThat(result).hasStatus(202);
        return UUID.fromString(body(result).get("claimId").asString());
    }

    protected JsonNode body(MvcTestResult result) {
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    protected String claimStatus(UUID claimId) {
        return jdbc.sql("select status from claim where id = :id").param("id", claimId).query(String.class).single();
    }

    protected void awaitStatus(UUID claimId, String status) {
        await().atMost(Duration.ofSeconds(60)).until(() -> claimStatus(claimId), status::equals);
    }

    protected IntakeEvents events() {
        return IntakeEvents.on(environment.getRequiredProperty("spring.kafka.bootstrap-servers"));
    }

    protected ConsumerRecord<String, String> awaitEvent(UUID claimId, Class<? extends ClaimEvent> type) {
        return events().await(claimId, type);
    }

    protected <T extends ClaimEvent> T awaitDecoded(UUID claimId, Class<T> type) {
        return IntakeEvents.decode(codec, awaitEvent(claimId, type), type);
    }

    /** A claim that went to review, for tests of the queue: a dental invoice the member remembers differently. */
    protected UUID claimInReview(String member) {
        UUID claimId = submitted(member, UploadRequest.forContract(member)
                .document(DENTAL, "facture-" + UUID.randomUUID() + ".pdf", TestDocuments.dentalInvoicePdf())
                .declares(TestDocuments.DENTAL_CARE_DATE, "DENTAL_PROSTHESIS", 60_000));
        awaitStatus(claimId, "IN_REVIEW");
        return claimId;
    }
}
