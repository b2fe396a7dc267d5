package fr.prestaflow.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.care.BeneficiaryRef;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.events.v1.ClaimAdjudicated;
import fr.prestaflow.contracts.events.v1.ClaimEvent;
import fr.prestaflow.contracts.events.v1.ClaimTotals;
import fr.prestaflow.contracts.events.v1.EventHeaders;
import fr.prestaflow.contracts.events.v1.EventTypes;
import fr.prestaflow.contracts.events.v1.Payee;
import fr.prestaflow.contracts.money.Money;
import fr.prestaflow.payment.sepa.BankDecision;
import fr.prestaflow.payment.sepa.Pain001Reader;
import fr.prestaflow.payment.sepa.Pain002Writer;
import fr.prestaflow.platform.messaging.EventCodec;
import fr.prestaflow.testsupport.StatementCounter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
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
 * The one Spring context of the module's integration tests, on the shared PostgreSQL and Kafka broker. Batches are
 * made on demand only and the simulated bank answers only when a test asks, so each test drives the flow it checks.
 * The clock stands on Good Friday 2025: TARGET2 is closed until Tuesday 22 April.
 */
@SpringBootTest(properties = {
        "prestaflow.payment.scheduled-batches=false",
        "prestaflow.payment.simulated-bank.auto-answer=false",
        "prestaflow.messaging.poll-interval=50ms",
        "prestaflow.messaging.retries=1",
        "prestaflow.messaging.retry-initial-interval=20ms",
        "prestaflow.messaging.retry-max-interval=50ms"})
@AutoConfigureMockMvc
@Import({FixedClockConfiguration.class, StatementCounter.Configuration.class})
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class PaymentIntegrationTest {

    protected static final Instant NOW = Instant.parse("2025-04-18T08:00:00Z");
    protected static final LocalDate NEXT_TARGET2_DAY = LocalDate.of(2025, 4, 22);
    protected static final String IBAN_A = "FR7630006000011234567890189";
    protected static final String IBAN_B = "FR1420041010050500013M02606";
    protected static final String IBAN_C = "FR7610107001011234567890129";
    protected static final String IBAN_D = "FR5030003000010000000000111";
    /** In the simulated bank's default reject list, with AC04. */
    protected static final String CLOSED_ACCOUNT_IBAN = "FR6230006000019999999999904";
    protected static final String OPS = "OPS";

    @Autowired protected MockMvcTester mvc;
    @Autowired protected JdbcClient jdbc;
    @Autowired protected KafkaTemplate<String, String> kafka;
    @Autowired protected EventCodec codec;
    @Autowired protected JsonMapper json;
    @Autowired protected Environment environment;
    @Autowired protected Pain001Reader pain001Reader;
    @Autowired protected Pain002Writer pain002Writer;

    protected static String newContract() {
        return "CT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    protected static ClaimAdjudicated adjudicated(String contract, long cents) {
        return adjudicated(UUID.randomUUID(), contract, Payee.member(contract), cents, false);
    }

    protected static ClaimAdjudicated adjudicated(UUID claimId, String contract, Payee payee, long cents, boolean reversal) {
        Money amount = Money.ofCents(cents);
        return new ClaimAdjudicated(claimId, NOW, Channel.NOEMIE, new BeneficiaryRef(contract, "185117505612387", null, 1),
                "CONFORT", 1, amount, payee, NEXT_TARGET2_DAY, new ClaimTotals(amount, Money.ZERO, amount, Money.ZERO),
                List.of(), reversal);
    }

    /** Publishes the event as adjudication's relay would, under a new ce_id; returns the ce_id. */
    protected UUID publish(ClaimEvent event) {
        UUID eventId = UUID.randomUUID();
        publish(event, eventId);
        return eventId;
    }

    protected void publish(ClaimEvent event, UUID eventId) {
        kafka.send(record(event, eventId)).join();
    }

    protected ProducerRecord<String, String> record(ClaimEvent event, UUID eventId) {
        var record = new ProducerRecord<>(Topics.ADJUDICATION_CLAIMS, event.claimId().toString(), codec.write(event));
        record.headers().add(EventHeaders.ID, eventId.toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.TYPE, EventTypes.typeOf(event.getClass()).getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** Waits until the consumer has committed its handling of the event, whatever the effect was. */
    protected void awaitConsumed(UUID eventId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "select count(*) from processed_message where consumer = 'payment-orders' and event_id = :id")
                .param("id", eventId).query(Long.class).single() == 1);
    }

    /**
     * Waits until every event published so far for this claim has been handled: a marker event with the same key lands
     * in the same partition, after them, and is only marked processed once they are.
     */
    protected void awaitEverythingConsumedFor(UUID claimId) {
        var marker = new fr.prestaflow.contracts.events.v1.ClaimRejected(claimId, NOW, "test", List.of("MARKER"), "marker",
                List.of());
        awaitConsumed(publish(marker));
    }

    protected record OrderRow(UUID id, int attempt, String status, long amount, long debtOffset, String endToEndId,
                              UUID bankAccountId, UUID batchId, String failureCode) {
    }

    protected List<OrderRow> orders(UUID claimId) {
        return jdbc.sql("""
                        select id, attempt, status, amount, debt_offset, end_to_end_id, bank_account_id, batch_id, failure_code
                          from payment_order where claim_id = :claim order by attempt""")
                .param("claim", claimId)
                .query((rs, n) -> new OrderRow(rs.getObject("id", UUID.class), rs.getInt("attempt"), rs.getString("status"),
                        rs.getLong("amount"), rs.getLong("debt_offset"), rs.getString("end_to_end_id"),
                        rs.getObject("bank_account_id", UUID.class), rs.getObject("batch_id", UUID.class),
                        rs.getString("failure_code")))
                .list();
    }

    protected OrderRow awaitOrder(UUID claimId, String status) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> orders(claimId).stream()
                .filter(order -> order.status().equals(status)).findFirst().orElse(null), order -> order != null);
    }

    protected MvcTestResult registerAccount(String contract, String iban) {
        return mvc.put().uri("/api/v1/bank-accounts/me")
                .header("X-Member-Contract", contract)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"iban": "%s", "holderName": "Jeanne Dupont-Lefèvre"}""".formatted(iban))
                .exchange();
    }

    protected MvcTestResult createBatch() {
        return mvc.post().uri("/api/v1/payment-batches").header("X-Role", OPS).exchange();
    }

    /** Batches whatever is READY, so that the next batch holds only what the test puts in. */
    protected void drainReadyOrders() {
        assertThat(createBatch().getResponse().getStatus()).isIn(201, 204);
    }

    protected UUID batchIdOf(MvcTestResult created) {
        assertThat(created).hasStatus(201);
        String location = created.getResponse().getHeader("Location");
        assertThat(location).isNotNull();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    protected byte[] pain001(UUID batchId) {
        MvcTestResult result = mvc.get().uri("/api/v1/payment-batches/{id}/pain001", batchId).header("X-Role", OPS).exchange();
        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_XML);
        return result.getResponse().getContentAsByteArray();
    }

    /** The bank's pain.002 for the batch as sent: every transfer accepted but those {@code decisions} reject. */
    protected byte[] statusReport(UUID batchId, Map<String, BankDecision> decisions, String reportId) {
        return pain002Writer.write(pain001Reader.read(pain001(batchId)), decisions,
                reportId + "-" + batchId.toString().substring(0, 8), NOW);
    }

    protected MvcTestResult postReport(UUID batchId, byte[] xml) {
        return mvc.post().uri("/api/v1/payment-batches/{id}/status-report", batchId).header("X-Role", OPS)
                .contentType(MediaType.APPLICATION_XML).content(xml).exchange();
    }

    protected JsonNode body(MvcTestResult result) {
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    protected String text(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    /** Reads the topic from its beginning until {@code count} records match. */
    protected List<ConsumerRecord<String, String>> awaitRecords(String topic, Predicate<ConsumerRecord<String, String>> match,
                                                                int count) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, environment.getRequiredProperty("spring.kafka.bootstrap-servers"),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (match.test(record)) {
                        seen.add(record);
                    }
                });
                return seen.size() >= count;
            });
            return seen;
        }
    }

    protected List<ConsumerRecord<String, String>> awaitPaymentEvents(UUID claimId, Class<?> type, int count) {
        return awaitRecords(Topics.PAYMENT_PAYMENTS, record -> claimId.toString().equals(record.key())
                && EventTypes.typeOf(type).equals(EventCodec.header(record, EventHeaders.TYPE)), count);
    }

    protected long outboxEvents(UUID claimId, Class<?> type) {
        return jdbc.sql("select count(*) from outbox_event_log where aggregateid = :claim and type = :type")
                .param("claim", claimId.toString()).param("type", EventTypes.typeOf(type))
                .query(Long.class).single();
    }
}
