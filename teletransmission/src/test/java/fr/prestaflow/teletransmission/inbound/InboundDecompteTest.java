package fr.prestaflow.teletransmission.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.events.v1.ClaimAnalysed;
import fr.prestaflow.contracts.events.v1.ClaimReceived;
import fr.prestaflow.contracts.events.v1.EventHeaders;
import fr.prestaflow.platform.messaging.EventCodec;
import fr.prestaflow.teletransmission.BrokerReader;
import fr.prestaflow.teletransmission.TeletransmissionTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Integrator décomptes on noemie.inbound.decomptes.v1: every message is acknowledged, accepted ones become claims. */
class InboundDecompteTest extends TeletransmissionTest {

    private static final String SENDER = "017510000";

    @Autowired EventCodec codec;

    @Test
    void a_valid_decompte_becomes_a_claim_and_is_acknowledged_ACCEPTED_with_its_claim_id() {
        String id = decompteId();

        send(id, SENDER, decompte(id));

        JsonNode ack = awaitAcknowledgment(id);
        assertThat(ack.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(ack.get("sender").asString()).isEqualTo(SENDER);
        assertThat(ack.get("decompteId").asString()).isEqualTo(id);
        assertThat(ack.get("errors").size()).isZero();
        String claimId = ack.get("claimId").asString();
        try (BrokerReader broker = reader(Topics.TELETRANSMISSION_CLAIMS)) {
            List<ConsumerRecord<String, String>> events = broker.awaitMatching(r -> r.key().equals(claimId), 2);
            assertThat(events).extracting(r -> BrokerReader.header(r, EventHeaders.TYPE))
                    .containsExactly("fr.prestaflow.ClaimReceived.v1", "fr.prestaflow.ClaimAnalysed.v1");
            assertThat(codec.read(events.get(0).value(), ClaimReceived.class).source())
                    .isEqualTo("noemie:" + SENDER + "/" + id);
            ClaimAnalysed analysed = codec.read(events.get(1).value(), ClaimAnalysed.class);
            assertThat(analysed.lines()).extracting(CareLine::careCategory)
                    .containsExactly(CareCategory.GP_CONSULTATION, CareCategory.PHARMACY_65);
            assertThat(analysed.beneficiary().nir()).isEqualTo("185117505612387");
        }
    }

    @Test
    void an_invalid_decompte_is_acknowledged_REJECTED_with_its_NLF_code_and_line() {
        String id = decompteId();

        send(id, SENDER, decompte(id).replace("|1851175056123|87|", "|1851175056123|12|"));

        JsonNode ack = awaitAcknowledgment(id);
        assertThat(ack.get("status").asString()).isEqualTo("REJECTED");
        assertThat(ack.get("claimId").isNull()).isTrue();
        JsonNode error = ack.get("errors").get(0);
        assertThat(error.get("code").asString()).isEqualTo("NLF-E031");
        assertThat(error.get("lineNumber").asLong()).isEqualTo(1);
        assertThat(error.get("severity").asString()).isEqualTo("DECOMPTE");
        assertThat(error.get("field").asString()).isEqualTo("nirKey");
        assertThat(error.get("message").asString()).isEqualTo("NIR key mismatch");
        assertThat(error.get("detail").asString()).isEqualTo("expected=87");
        assertThat(jdbc.sql("select count(*) from claim where decompte_id = :id").param("id", id).query(Long.class).single())
                .isZero();
        assertThat(mvc.get().uri("/api/v1/noemie/decomptes?status=REJECTED")).bodyJson()
                .extractingPath("$[?(@.decompteId == '" + id + "')].channel").asArray().containsExactly("TOPIC");
    }

    @Test
    void the_same_decompte_twice_is_rejected_the_second_time_with_E033_and_makes_one_claim() {
        String id = decompteId();

        send(id, SENDER, decompte(id));
        send(id, SENDER, decompte(id));

        List<JsonNode> acks = awaitAcknowledgments(id, 2);
        assertThat(acks.get(0).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(acks.get(1).get("status").asString()).isEqualTo("REJECTED");
        assertThat(acks.get(1).get("errors").get(0).get("code").asString()).isEqualTo("NLF-E033");
        assertThat(acks.get(1).get("errors").get(0).get("field").asString()).isEqualTo("decompteId");
        assertThat(jdbc.sql("select count(*) from claim where decompte_id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void a_message_delivered_twice_with_the_same_ce_id_is_acknowledged_once() {
        String id = decompteId();
        String marker = decompteId();
        UUID eventId = UUID.randomUUID();

        send(id, SENDER, decompte(id), eventId);
        send(id, SENDER, decompte(id), eventId);
        send(id, SENDER, decompte(marker));

        awaitAcknowledgment(marker);
        assertThat(awaitAcknowledgments(id, 1)).singleElement()
                .satisfies(ack -> assertThat(ack.get("status").asString()).isEqualTo("ACCEPTED"));
    }

    @Test
    void a_message_without_sender_is_acknowledged_REJECTED_with_MISSING_SENDER() {
        String id = decompteId();

        send(id, null, decompte(id));

        JsonNode ack = awaitAcknowledgment(id);
        assertThat(ack.get("status").asString()).isEqualTo("REJECTED");
        assertThat(ack.get("errors").get(0).get("code").asString()).isEqualTo("MISSING_SENDER");
        assertThat(ack.get("errors").get(0).get("field").asString()).isEqualTo("nlf-sender");
    }

    @Test
    void a_sender_that_is_not_a_sender_code_is_acknowledged_REJECTED_with_INVALID_SENDER() {
        String id = decompteId();

        send(id, "CPAM-75", decompte(id));

        assertThat(awaitAcknowledgment(id).get("errors").get(0).get("code").asString()).isEqualTo("INVALID_SENDER");
    }

    @Test
    void invalid_utf8_reaches_the_validator_as_bytes_and_is_E002() {
        String id = decompteId();
        byte[] message = decompte(id).replace("|G|", "|G\u00ff|").getBytes(StandardCharsets.ISO_8859_1);

        sendBytes(id, message);

        JsonNode ack = awaitAcknowledgment(id);
        assertThat(ack.get("status").asString()).isEqualTo("REJECTED");
        assertThat(ack.get("errors").get(0).get("code").asString()).isEqualTo("NLF-E002");
        assertThat(ack.get("errors").get(0).get("lineNumber").asLong()).isEqualTo(2);
    }

    @Test
    void an_empty_message_is_acknowledged_REJECTED_with_E004() {
        String id = decompteId();

        send(id, SENDER, null);

        assertThat(awaitAcknowledgment(id).get("errors").get(0).get("code").asString()).isEqualTo("NLF-E004");
    }

    private static String decompteId() {
        return "K" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
    }

    /** Décompte D25061000001 of sample 01, under another id, two lines. */
    private static String decompte(String id) {
        return String.join("\n",
                "100|" + id + "|CT-000001|1851175056123|87|1|1985-11-03|2025-06-10|2900|2",
                "200|" + id + "|1|2025-06-02|GP_CONSULTATION|G|10003456789|1|1|3000|3000|70|1900|200|0|||",
                "200|" + id + "|2|2025-06-02|PHARMACY_65|PH7|10003456789|1|2|1846|1846|65|1000|0|200|||");
    }

    private void send(String key, String sender, String message) {
        send(key, sender, message, null);
    }

    private void send(String key, String sender, String message, UUID eventId) {
        var record = new ProducerRecord<>(Topics.NOEMIE_INBOUND_DECOMPTES, key, message);
        if (sender != null) {
            record.headers().add(EventHeaders.NLF_SENDER, sender.getBytes(StandardCharsets.UTF_8));
        }
        if (eventId != null) {
            record.headers().add(EventHeaders.ID, eventId.toString().getBytes(StandardCharsets.UTF_8));
        }
        kafka.send(record).join();
    }

    private void sendBytes(String key, byte[] message) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers), new StringSerializer(), new ByteArraySerializer())) {
            var record = new ProducerRecord<>(Topics.NOEMIE_INBOUND_DECOMPTES, key, message);
            record.headers().add(EventHeaders.NLF_SENDER, SENDER.getBytes(StandardCharsets.UTF_8));
            producer.send(record);
            producer.flush();
        }
    }

    private JsonNode awaitAcknowledgment(String decompteId) {
        return awaitAcknowledgments(decompteId, 1).getFirst();
    }

    private List<JsonNode> awaitAcknowledgments(String decompteId, int count) {
        try (BrokerReader broker = reader(Topics.NOEMIE_INBOUND_ACKNOWLEDGMENTS)) {
            List<ConsumerRecord<String, String>> acks = broker.awaitMatching(r -> decompteId.equals(r.key()), count);
            assertThat(acks).allSatisfy(ack -> assertThat(BrokerReader.header(ack, EventHeaders.TYPE))
                    .isEqualTo("fr.prestaflow.NlfDecompteAcknowledged.v1"));
            return acks.stream().map(ack -> json.readTree(ack.value())).toList();
        }
    }
}
