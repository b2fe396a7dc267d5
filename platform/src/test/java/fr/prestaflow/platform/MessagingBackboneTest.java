package fr.prestaflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.care.BeneficiaryRef;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.events.v1.ClaimReceived;
import fr.prestaflow.contracts.events.v1.EventHeaders;
import fr.prestaflow.platform.deadletter.DeadLetter;
import fr.prestaflow.platform.deadletter.DeadLetterReplayer;
import fr.prestaflow.platform.deadletter.DeadLetterStore;
import fr.prestaflow.platform.json.SpreadConstructors;
import fr.prestaflow.platform.messaging.EventCodec;
import fr.prestaflow.platform.outbox.OutboxRelay;
import fr.prestaflow.platform.outbox.OutboxWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The properties every service relies on, against a real broker and a real PostgreSQL. */
@PlatformTest
class MessagingBackboneTest {

    private static final String TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

    @Autowired OutboxWriter outbox;
    @Autowired OutboxRelay relay;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired EventCodec codec;
    @Autowired DeadLetterStore deadLetters;
    @Autowired DeadLetterReplayer replayer;
    @Autowired Environment environment;
    @Autowired JsonMapper json;

    @Test
    void an_event_committed_while_the_relay_was_down_is_published_later_with_its_headers() {
        ClaimReceived event = received("outbox");
        UUID eventId = transactions.execute(status -> outbox.append(Topics.INTAKE_CLAIMS, event));

        relay.publishPending();

        ConsumerRecord<String, String> record = readUntil(Topics.INTAKE_CLAIMS, eventId.toString());
        assertThat(record.key()).isEqualTo(event.claimId().toString());
        assertThat(header(record, EventHeaders.TYPE)).isEqualTo("fr.prestaflow.ClaimReceived.v1");
        assertThat(header(record, EventHeaders.SOURCE)).isEqualTo("/prestaflow/platform-test");
        assertThat(header(record, EventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(header(record, EventHeaders.TRACEPARENT)).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(codec.read(record.value(), ClaimReceived.class)).isEqualTo(event);
        assertThat(stillInOutbox(eventId)).isFalse();
    }

    @Test
    void the_application_mapper_that_reads_events_builds_records_through_spread_constructors() {
        assertThat(json.registeredModules()).hasAtLeastOneElementOfType(SpreadConstructors.class);
    }

    @Test
    void an_event_the_broker_did_not_acknowledge_stays_in_the_outbox_and_goes_out_with_the_next_round() {
        ClaimReceived event = received("refused once");
        UUID eventId = transactions.execute(status -> outbox.append(Topics.INTAKE_CLAIMS, event));
        var refusing = new OutboxRelay(jdbc, new RefusingKafkaTemplate(), transactions, "platform-test", 500,
                new SimpleMeterRegistry());

        assertThatThrownBy(refusing::publishPending).hasMessageContaining("not acknowledged");
        assertThat(stillInOutbox(eventId)).isTrue();

        relay.publishPending();
        assertThat(stillInOutbox(eventId)).isFalse();
        assertThat(header(readUntil(Topics.INTAKE_CLAIMS, eventId.toString()), EventHeaders.TYPE))
                .isEqualTo("fr.prestaflow.ClaimReceived.v1");
    }

    @Test
    void an_event_whose_transaction_rolled_back_is_never_published() {
        ClaimReceived event = received("rolled back");
        UUID[] eventId = new UUID[1];

        transactions.executeWithoutResult(status -> {
            eventId[0] = outbox.append(Topics.INTAKE_CLAIMS, event);
            status.setRollbackOnly();
        });
        relay.publishPending();

        assertThat(jdbc.sql("select count(*) from outbox_event_log where id = :id").param("id", eventId[0])
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_re_sent_event_after_a_crash_between_publish_and_mark_has_a_single_effect() {
        ClaimReceived event = received("re-sent");
        UUID eventId = transactions.execute(status -> outbox.append(Topics.INTAKE_CLAIMS, event));
        relay.publishPending();

        // the relay crashed after the broker's ack, before its deletion committed: the row is still there and sent again
        jdbc.sql("insert into outbox_event select * from outbox_event_log where id = :id").param("id", eventId).update();
        relay.publishPending();
        sendRaw(received("after the re-send"), UUID.randomUUID());

        await().atMost(Duration.ofSeconds(20)).until(() -> countBySource("after the re-send") == 1);
        assertThat(effects(eventId)).isEqualTo(1);
    }

    @Test
    void a_duplicate_delivery_has_no_second_effect() {
        ClaimReceived event = received("duplicate");
        UUID eventId = UUID.randomUUID();

        sendRaw(event, eventId);
        sendRaw(event, eventId);
        sendRaw(received("after the duplicate"), UUID.randomUUID());

        await().atMost(Duration.ofSeconds(20)).until(() -> countBySource("after the duplicate") == 1);
        assertThat(effects(eventId)).isEqualTo(1);
    }

    @Test
    void a_poison_message_goes_to_the_dead_letter_topic_with_its_headers_and_the_consumer_keeps_going() {
        UUID claimId = UUID.randomUUID();
        UUID poisonId = UUID.randomUUID();
        var poison = new ProducerRecord<String, String>(Topics.INTAKE_CLAIMS, claimId.toString(), "{not json");
        poison.headers().add(EventHeaders.ID, poisonId.toString().getBytes(StandardCharsets.UTF_8));
        poison.headers().add(EventHeaders.TYPE, "fr.prestaflow.ClaimReceived.v1".getBytes(StandardCharsets.UTF_8));
        poison.headers().add(EventHeaders.TRACEPARENT, TRACEPARENT.getBytes(StandardCharsets.UTF_8));
        kafka.send(poison);
        sendRaw(received("after the poison"), UUID.randomUUID());

        ConsumerRecord<String, String> dead = readUntil(Topics.deadLetterOf(Topics.INTAKE_CLAIMS), poisonId.toString());
        assertThat(dead.key()).isEqualTo(claimId.toString());
        assertThat(dead.value()).isEqualTo("{not json");
        assertThat(header(dead, EventHeaders.TRACEPARENT)).isEqualTo(TRACEPARENT);
        assertThat(header(dead, EventHeaders.DLT_REASON)).contains("InvalidEventException");
        await().atMost(Duration.ofSeconds(20)).until(() -> countBySource("after the poison") == 1);
    }

    @Test
    void a_failing_effect_is_retried_a_bounded_number_of_times_then_dead_lettered_and_replayed_once_fixed() {
        ClaimReceived failing = received("explode");
        UUID eventId = UUID.randomUUID();
        sendRaw(failing, eventId);

        DeadLetter letter = await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.pending(1000).stream()
                .filter(d -> eventId.toString().equals(d.eventId())).findFirst().orElse(null), d -> d != null);
        assertThat(letter.reason()).contains("downstream failure");
        assertThat(letter.sourceTopic()).isEqualTo(Topics.INTAKE_CLAIMS);
        assertThat(effects(eventId)).isZero();

        String corrected = codec.write(new ClaimReceived(failing.claimId(), failing.occurredAt(), failing.channel(),
                failing.beneficiary(), "fixed by ops"));
        replayer.replay(letter.id(), corrected);
        relay.publishPending();

        await().atMost(Duration.ofSeconds(20)).until(() -> countBySource("fixed by ops") == 1);
        assertThat(effects(eventId)).isEqualTo(1);
        assertThat(deadLetters.find(letter.id()).orElseThrow().replayedAt()).isNotNull();
    }

    private ClaimReceived received(String source) {
        return new ClaimReceived(UUID.randomUUID(), Instant.parse("2025-06-12T08:00:00Z"), Channel.UPLOAD,
                new BeneficiaryRef("CT-000001", "185117505612387", null, 1), source);
    }

    private void sendRaw(ClaimReceived event, UUID eventId) {
        var record = new ProducerRecord<>(Topics.INTAKE_CLAIMS, event.claimId().toString(), codec.write(event));
        record.headers().add(EventHeaders.ID, eventId.toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.TYPE, "fr.prestaflow.ClaimReceived.v1".getBytes(StandardCharsets.UTF_8));
        kafka.send(record).join();
    }

    private long effects(UUID eventId) {
        return jdbc.sql("select count(*) from test_effect where event_id = :e").param("e", eventId).query(Long.class).single();
    }

    private long countBySource(String source) {
        return jdbc.sql("select count(*) from test_effect where source = :s").param("s", source).query(Long.class).single();
    }

    private boolean stillInOutbox(UUID eventId) {
        return jdbc.sql("select count(*) from outbox_event where id = :id").param("id", eventId).query(Long.class).single() > 0;
    }

    private ConsumerRecord<String, String> readUntil(String topic, String ceId) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, environment.getRequiredProperty("spring.kafka.bootstrap-servers"),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            return await().atMost(Duration.ofSeconds(30)).until(() -> {
                List<ConsumerRecord<String, String>> seen = new ArrayList<>();
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().filter(r -> ceId.equals(header(r, EventHeaders.ID))).findFirst().orElse(null);
            }, r -> r != null);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return EventCodec.header(record, name);
    }

    /** A broker that answers every send with an error. */
    private static final class RefusingKafkaTemplate extends KafkaTemplate<String, String> {

        RefusingKafkaTemplate() {
            super(new DefaultKafkaProducerFactory<>(Map.of()));
        }

        @Override
        public CompletableFuture<SendResult<String, String>> send(ProducerRecord<String, String> record) {
            return CompletableFuture.failedFuture(new TimeoutException("broker unreachable"));
        }

        @Override
        public void flush() {
        }
    }
}
