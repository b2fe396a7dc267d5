package fr.prestaflow.adjudication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.prestaflow.contracts.care.Basket;
import fr.prestaflow.contracts.care.BeneficiaryRef;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.events.v1.ClaimAnalysed;
import fr.prestaflow.contracts.events.v1.ClaimEvent;
import fr.prestaflow.contracts.events.v1.EventHeaders;
import fr.prestaflow.contracts.events.v1.EventTypes;
import fr.prestaflow.platform.messaging.EventCodec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Spring context of this module's tests: the real application with the JVM's PostgreSQL and Kafka broker from
 * test-support, the outbox relay running, and a fixed clock. Each test works on contracts of its own (random numbers),
 * so tests share the context and the database without seeing each other's data.
 */
@SpringBootTest(properties = {
        "prestaflow.messaging.poll-interval=50ms",
        "prestaflow.messaging.retries=1",
        "prestaflow.messaging.retry-initial-interval=20ms",
        "prestaflow.messaging.retry-max-interval=50ms",
        // as several replicas would: concurrent polls of claims of the same beneficiaries
        "spring.kafka.listener.concurrency=3",
        "logging.level.kafka=ERROR",
        "logging.level.org.apache.kafka=ERROR",
        "logging.level.state.change.logger=ERROR",
        // the bundled demo key is current; a retired one is still readable, as during a key rotation
        "prestaflow.crypto.keys=demo-1=5oaRyVsFXNTy6yVyRsxzx/1HQugu4uUNcoSe+3Q70lI=,"
                + "retired=" + AdjudicationTest.RETIRED_KEY,
        "prestaflow.crypto.current-key=demo-1"})
@AutoConfigureMockMvc
@Import(AdjudicationTest.FixedClock.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class AdjudicationTest {

    /** "Now" for the whole test context: Monday 16 June 2025, 10:00 in Paris. */
    public static final Instant NOW = Instant.parse("2025-06-16T08:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2025, 6, 16);
    public static final String NIR = "185117505612387";
    public static final LocalDate BIRTH_DATE = LocalDate.of(1980, 4, 12);
    public static final String SECOND_NIR = "290046912304544";
    public static final LocalDate SECOND_BIRTH_DATE = LocalDate.of(1990, 4, 21);
    public static final String PRACTITIONER = "10003456789";
    public static final String RETIRED_KEY = "mH4oFQ6bW8a3e0i0I6Qf4nq3s0V5dG1r3iFz8ZyJ1bQ=";

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired protected MockMvcTester mvc;
    @Autowired protected JdbcClient jdbc;
    @Autowired protected KafkaTemplate<String, String> kafka;
    @Autowired protected EventCodec codec;
    @Autowired protected JsonMapper json;
    @Autowired protected Environment environment;

    // ----- contracts

    protected static String newContractNumber() {
        return "CT-T" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
    }

    /** A contract body as ops send it: the holder (rank 1) and a second beneficiary (rank 2). */
    protected static String contractJson(String planId, String startDate) {
        return """
                {"planId": "%s", "startDate": "%s",
                 "member": {"name": "Claire Martin", "email": "claire.martin@example.org", "phone": "+33612345678"},
                 "beneficiaries": [
                   {"rank": 1, "nir": "%s", "birthDate": "%s", "firstName": "Claire", "exemptions": []},
                   {"rank": 2, "nir": "%s", "birthDate": "%s", "firstName": "Julie", "exemptions": []}]}"""
                .formatted(planId, startDate, NIR, BIRTH_DATE, SECOND_NIR, SECOND_BIRTH_DATE);
    }

    protected MvcTestResult putContract(String number, String body) {
        return mvc.put().uri("/api/v1/contracts/" + number).header("X-Role", "OPS")
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    /** A new contract under the plan, started on 1 January 2024, through the ops API. */
    protected String newContract(String planId) {
        String number = newContractNumber();
        assertThat(putContract(number, contractJson(planId, "2024-01-01"))).hasStatus(201);
        return number;
    }

    protected static BeneficiaryRef holder(String contractNumber) {
        return new BeneficiaryRef(contractNumber, NIR, BIRTH_DATE, 1);
    }

    protected JsonNode body(MvcTestResult result) {
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    // ----- care lines and claims

    /** Golden case G02: specialist outside OPTAM, billed 80 €; CONFORT pays 18,40 €. */
    protected static CareLine specialistNonOptam(int lineNumber) {
        return new CareLine(lineNumber, LocalDate.of(2025, 5, 14), CareCategory.SPECIALIST_CONSULTATION, "CS",
                PRACTITIONER, false, 1, 8000, 2300, 70, 1410L, 200L, 0L, null, null);
    }

    /** Contact lenses, not reimbursed by the AMO: CONFORT pays up to its 150 € yearly forfait. */
    protected static CareLine contactLenses(int lineNumber, LocalDate careDate, long billedCents) {
        return new CareLine(lineNumber, careDate, CareCategory.CONTACT_LENSES, "LENTILLES", PRACTITIONER, true, 1,
                billedCents, 0, 0, 0L, 0L, 0L, null, null);
    }

    /** A free-price crown on a large base: CONFORT pays 200 % of the BR plus 50 €, within its 1 200 € yearly ceiling. */
    protected static CareLine crown(int lineNumber, String actCode) {
        return new CareLine(lineNumber, LocalDate.of(2025, 4, 7), CareCategory.DENTAL_PROSTHESIS, actCode, PRACTITIONER,
                true, 1, 200000, 50000, 60, 30000L, 0L, 0L, Basket.FREE, null);
    }

    protected static ClaimAnalysed analysed(UUID claimId, Channel channel, BeneficiaryRef beneficiary,
                                            CareLine... lines) {
        return new ClaimAnalysed(claimId, NOW.minusSeconds(60), channel, beneficiary, List.of(lines), false, false,
                false, "test");
    }

    protected static ClaimAnalysed correction(UUID claimId, Channel channel, BeneficiaryRef beneficiary,
                                              CareLine... lines) {
        return new ClaimAnalysed(claimId, NOW.minusSeconds(30), channel, beneficiary, List.of(lines), false, false,
                true, "ops correction");
    }

    protected static ClaimAnalysed reversal(UUID claimId, BeneficiaryRef beneficiary, CareLine... lines) {
        return new ClaimAnalysed(claimId, NOW.minusSeconds(30), Channel.NOEMIE, beneficiary, List.of(lines), false, true,
                false, "regularisation");
    }

    // ----- messaging

    protected RecordMetadata publish(String topic, ClaimEvent event) {
        return publish(topic, event, UUID.randomUUID());
    }

    /** Sends an event as a producer's outbox relay would: key = claimId, ce_id and ce_type headers. */
    protected RecordMetadata publish(String topic, ClaimEvent event, UUID eventId) {
        return kafka.send(record(topic, event, eventId)).join().getRecordMetadata();
    }

    /** Sends without waiting for the acknowledgment, so that several events reach the consumers in few polls. */
    protected void send(String topic, ClaimEvent event) {
        kafka.send(record(topic, event, UUID.randomUUID()));
    }

    private ProducerRecord<String, String> record(String topic, ClaimEvent event, UUID eventId) {
        var record = new ProducerRecord<>(topic, event.claimId().toString(), codec.write(event));
        record.headers().add(EventHeaders.ID, eventId.toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.TYPE, EventTypes.typeOf(event.getClass()).getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.SOURCE, "/prestaflow/test".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** Waits until the service's consumer group has committed past the record. */
    protected void awaitConsumed(RecordMetadata sent) {
        var partition = new TopicPartition(sent.topic(), sent.partition());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                environment.getRequiredProperty("spring.kafka.bootstrap-servers")))) {
            eventually().until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets("adjudication")
                        .partitionsToOffsetAndMetadata().get().get(partition);
                return committed != null && committed.offset() > sent.offset();
            });
        }
    }

    /** The events adjudication wrote for the claim, oldest first. */
    protected List<ClaimEvent> eventsOf(UUID claimId) {
        return jdbc.sql("""
                        select type, payload::text as payload from outbox_event_log
                        where aggregateid = :claim and topic = 'claims.adjudication.claims.v1' order by seq""")
                .param("claim", claimId.toString())
                .query((rs, n) -> (ClaimEvent) codec.read(rs.getString("payload"),
                        EventTypes.classOf(rs.getString("type")).orElseThrow()))
                .list();
    }

    /** Waits for the claim's {@code count}-th event and returns it. */
    protected <T extends ClaimEvent> T awaitEvent(UUID claimId, int count, Class<T> type) {
        List<ClaimEvent> events = eventually().until(() -> eventsOf(claimId), list -> list.size() >= count);
        assertThat(events).hasSize(count);
        assertThat(events.get(count - 1)).isInstanceOf(type);
        return type.cast(events.get(count - 1));
    }

    protected <T extends ClaimEvent> T awaitEvent(UUID claimId, Class<T> type) {
        return awaitEvent(claimId, 1, type);
    }

    /** What the contract holder's accepted lines consumed, reversed lines left out. */
    protected long consumedCents(String contractNumber, CareCategory category) {
        return jdbc.sql("""
                        select coalesce(sum(l.complementary_paid_cents), 0) from adjudication_line l
                        join beneficiary b on b.id = l.beneficiary_id
                        where b.contract_number = :contract and b.rank = 1 and l.care_category = :category
                          and l.consumed_units is not null and l.reversed_by is null""")
                .param("contract", contractNumber)
                .param("category", category.name())
                .query(Long.class)
                .single();
    }

    protected static ConditionFactory eventually() {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50));
    }
}
