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
import fr.prestaflow.platform.deadletter.DeadLetterStore;
import fr.prestaflow.platform.messaging.BatchConsumer;
import fr.prestaflow.platform.messaging.DeferredInserts;
import fr.prestaflow.platform.messaging.EventBatchHandler;
import fr.prestaflow.platform.messaging.EventCodec;
import fr.prestaflow.platform.messaging.InboundEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * A consumer that applies a whole poll in one transaction keeps the guarantees of one transaction per record: every
 * good record applied once, a bad one alone in the dead-letter topic, duplicates ignored.
 */
@PlatformTest
class BatchConsumerTest {

    @Autowired JdbcClient jdbc;
    @Autowired KafkaTemplate<String, String> kafka;
    @Autowired EventCodec codec;
    @Autowired DeadLetterStore deadLetters;
    @Autowired BatchConsumer batches;
    @Autowired DeferredInserts inserts;

    @Test
    void records_around_a_poison_one_are_applied_once_and_the_poison_alone_is_dead_lettered() {
        String run = UUID.randomUUID().toString();
        List<UUID> good = new ArrayList<>();
        UUID poisonId = UUID.randomUUID();
        for (int i = 0; i < 40; i++) {
            if (i == 17) {
                send(UUID.randomUUID().toString(), "{not json", poisonId);
            } else {
                UUID id = UUID.randomUUID();
                good.add(id);
                send(received(run), id);
            }
        }
        kafka.flush();

        await().atMost(Duration.ofSeconds(30)).until(() -> countBySource(run) == good.size());
        assertThat(echoes(run)).isEqualTo(good.size());
        DeadLetter letter = deadLetterOf(poisonId);
        assertThat(letter.reason()).contains("InvalidEventException");
        assertThat(letter.sourceTopic()).isEqualTo(Topics.TELETRANSMISSION_CLAIMS);
        assertThat(good).allSatisfy(id -> assertThat(effects(id)).isEqualTo(1));
    }

    @Test
    void a_failing_effect_is_retried_then_dead_lettered_without_undoing_or_repeating_its_neighbours() {
        String run = UUID.randomUUID().toString();
        UUID before = UUID.randomUUID();
        UUID failing = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        send(received(run), before);
        send(received("explode"), failing);
        send(received(run), after);
        kafka.flush();

        DeadLetter letter = deadLetterOf(failing);
        assertThat(letter.reason()).contains("downstream failure");
        await().atMost(Duration.ofSeconds(30)).until(() -> countBySource(run) == 2);
        assertThat(effects(before)).isEqualTo(1);
        assertThat(effects(after)).isEqualTo(1);
        assertThat(effects(failing)).isZero();
        assertThat(echoes(run)).as("events the poll wrote to the outbox, once each").isEqualTo(2);
        assertThat(echoes("explode")).isZero();
    }

    @Test
    void a_row_refused_only_when_the_poll_commits_is_traced_to_its_record_and_the_records_before_it_are_kept() {
        String run = UUID.randomUUID().toString();
        List<ConsumerRecord<String, String>> poll = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            poll.add(record(i, received(i == 5 ? "refused-at-commit" : run)));
        }

        assertThatThrownBy(() -> batches.consume("platform-test-direct", poll, inbound -> inserts.insert(
                "insert into test_deferred (event_id, source) values (:e, :s)",
                List.of(new MapSqlParameterSource().addValue("e", inbound.eventId())
                        .addValue("s", ((ClaimReceived) inbound.event()).source())))))
                .isInstanceOfSatisfying(BatchListenerFailedException.class,
                        failed -> assertThat(failed.getRecord()).isSameAs(poll.get(5)));

        assertThat(poll.subList(0, 5)).allSatisfy(r -> assertThat(deferred(idOf(r))).isEqualTo(1));
        assertThat(poll.subList(5, 8)).allSatisfy(r -> assertThat(deferred(idOf(r))).isZero());
    }

    @Test
    void the_same_event_twice_in_one_poll_or_redelivered_later_has_one_effect() {
        String run = UUID.randomUUID().toString();
        ClaimReceived event = received(run);
        UUID eventId = UUID.randomUUID();
        send(event, eventId);
        send(event, eventId);
        kafka.flush();
        await().atMost(Duration.ofSeconds(30)).until(() -> countBySource(run) == 1);

        send(event, eventId);
        String marker = UUID.randomUUID().toString();
        send(received(marker), UUID.randomUUID());
        kafka.flush();

        await().atMost(Duration.ofSeconds(30)).until(() -> countBySource(marker) == 1);
        assertThat(effects(eventId)).isEqualTo(1);
    }

    @Test
    void events_of_a_type_the_consumer_does_not_handle_are_skipped_undecoded_and_unmarked() {
        String run = UUID.randomUUID().toString();
        var handled = record(0, received(run));
        var notHandled = record(1, received(run));
        notHandled.headers().remove(EventHeaders.TYPE);
        notHandled.headers().add(EventHeaders.TYPE, "fr.prestaflow.ClaimSentToReview.v1".getBytes(StandardCharsets.UTF_8));
        var notHandledAndMalformed = new ConsumerRecord<>(Topics.TELETRANSMISSION_CLAIMS, 0, 2, "k", "{not json");
        notHandledAndMalformed.headers().add(EventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        notHandledAndMalformed.headers().add(EventHeaders.TYPE,
                "fr.prestaflow.ClaimSentToReview.v1".getBytes(StandardCharsets.UTF_8));
        List<UUID> applied = new ArrayList<>();

        batches.consume("platform-test-types", List.of(handled, notHandled, notHandledAndMalformed), new EventBatchHandler() {
            @Override
            public boolean handles(String eventType) {
                return eventType.equals("fr.prestaflow.ClaimReceived.v1");
            }

            @Override
            public void apply(InboundEvent event) {
                applied.add(event.eventId());
            }
        });

        assertThat(applied).containsExactly(idOf(handled));
        assertThat(marked("platform-test-types", idOf(handled))).isTrue();
        assertThat(marked("platform-test-types", idOf(notHandled))).isFalse();
        assertThat(marked("platform-test-types", idOf(notHandledAndMalformed))).isFalse();
    }

    private boolean marked(String consumer, UUID eventId) {
        return jdbc.sql("select count(*) from processed_message where consumer = :c and event_id = :e")
                .param("c", consumer).param("e", eventId).query(Long.class).single() == 1;
    }

    private DeadLetter deadLetterOf(UUID eventId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.pending(1000).stream()
                .filter(d -> eventId.toString().equals(d.eventId())).findFirst().orElse(null), d -> d != null);
    }

    private ClaimReceived received(String source) {
        return new ClaimReceived(UUID.randomUUID(), Instant.parse("2025-06-12T08:00:00Z"), Channel.NOEMIE,
                new BeneficiaryRef("CT-000001", "185117505612387", null, 1), source);
    }

    private void send(ClaimReceived event, UUID eventId) {
        send(event.claimId().toString(), codec.write(event), eventId);
    }

    private void send(String key, String payload, UUID eventId) {
        var record = new ProducerRecord<>(Topics.TELETRANSMISSION_CLAIMS, key, payload);
        record.headers().add(EventHeaders.ID, eventId.toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.TYPE, "fr.prestaflow.ClaimReceived.v1".getBytes(StandardCharsets.UTF_8));
        kafka.send(record);
    }

    private long effects(UUID eventId) {
        return jdbc.sql("select count(*) from test_effect where event_id = :e").param("e", eventId).query(Long.class).single();
    }

    private ConsumerRecord<String, String> record(int offset, ClaimReceived event) {
        var record = new ConsumerRecord<>(Topics.TELETRANSMISSION_CLAIMS, 0, offset, event.claimId().toString(),
                codec.write(event));
        record.headers().add(EventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.TYPE, "fr.prestaflow.ClaimReceived.v1".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static UUID idOf(ConsumerRecord<String, String> record) {
        return UUID.fromString(EventCodec.header(record, EventHeaders.ID));
    }

    private long deferred(UUID eventId) {
        return jdbc.sql("select count(*) from test_deferred where event_id = :e").param("e", eventId).query(Long.class).single();
    }

    private long echoes(String source) {
        return jdbc.sql("select count(*) from outbox_event_log where topic = 'platform-test.echo' and payload::json ->> 'source' = :s")
                .param("s", source).query(Long.class).single();
    }

    private long countBySource(String source) {
        return jdbc.sql("select count(*) from test_effect where source = :s").param("s", source).query(Long.class).single();
    }
}
