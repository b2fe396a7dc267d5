package fr.prestaflow.systemtests;

import static fr.prestaflow.systemtests.Claims.cents;
import static fr.prestaflow.systemtests.Gateway.OPS;
import static fr.prestaflow.systemtests.Members.CLAIRE;
import static fr.prestaflow.systemtests.Members.CLAIRE_BIRTH;
import static fr.prestaflow.systemtests.Members.CLAIRE_CONTRACT;
import static fr.prestaflow.systemtests.Members.CLAIRE_EMAIL;
import static fr.prestaflow.systemtests.Members.CLAIRE_NIR;
import static fr.prestaflow.systemtests.Members.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.events.v1.ClaimAnalysed;
import fr.prestaflow.contracts.events.v1.EventHeaders;
import fr.prestaflow.contracts.events.v1.EventTypes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Journey 5: an analysed claim adjudication cannot read (a NOEMIE line without the amount the AMO paid) goes to
 * adjudication's dead letters at once; an ops agent finds it, replays it with the corrected payload, and the claim
 * completes as if nothing had happened.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DeadLetterJourneyIT {

    @BeforeAll
    static void startStack() {
        RunningStack.start();
    }

    @Test
    void a_poison_event_lands_in_the_dead_letters_is_replayed_corrected_and_the_claim_is_reimbursed() throws Exception {
        UUID claimId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String reference = "PF-" + claimId.toString().substring(0, 8).toUpperCase(Locale.ROOT);
        ObjectNode poison = gpConsultation(claimId, today().minusDays(3));
        ((ObjectNode) poison.at("/lines/0")).remove("amoPaidCents");

        publish(claimId, eventId, poison);

        // adjudication gives up at once (bad data is not retried) and keeps the message for ops
        AtomicReference<JsonNode> found = new AtomicReference<>();
        await("dead letter of " + claimId).atMost(Claims.STEP).pollInterval(java.time.Duration.ofMillis(500))
                .untilAsserted(() -> {
                    JsonNode pending = Gateway.get(OPS, "/api/v1/dead-letters/adjudication").expect(200).json();
                    found.set(pending.valueStream().filter(letter -> claimId.toString().equals(letter.path("key").asString()))
                            .findFirst().orElse(null));
                    assertThat(found.get()).as("adjudication's dead letters: %s", pending).isNotNull();
                });
        JsonNode letter = found.get();
        assertThat(letter.get("sourceTopic").asString()).isEqualTo(Topics.TELETRANSMISSION_CLAIMS);
        assertThat(letter.get("eventId").asString()).isEqualTo(eventId.toString());
        assertThat(letter.get("eventType").asString()).isEqualTo(EventTypes.typeOf(ClaimAnalysed.class));
        assertThat(letter.get("reason").asString()).contains("InvalidEventException", "amoPaidCents");
        assertThat(letter.get("replayedAt").isNull()).isTrue();
        String letterPath = "/api/v1/dead-letters/adjudication/" + letter.get("id").asString();
        assertThat(Gateway.get(OPS, letterPath).expect(200).json().get("payload").asString())
                .doesNotContain("amoPaidCents");
        // the member sees the claim analysed, and nothing more
        JsonNode waiting = Claims.awaitStatus(CLAIRE, claimId, "ANALYSED");
        assertThat(waiting.get("status").asString()).isEqualTo("ANALYSED");
        assertThat(Claims.adjudication(claimId)).isNull();

        // ops replay it with the amount the AMO paid (19,00 €, as on the décompte)
        ObjectNode corrected = gpConsultation(claimId, today().minusDays(3));
        JsonNode replayed = Gateway.postJson(OPS, letterPath + "/replay", Gateway.JSON.writeValueAsString(corrected))
                .expect(200).json();
        assertThat(replayed.get("replayedAt").isNull()).isFalse();

        /*
         * CONFORT, GP consultation by an OPTAM doctor (§10): 150 % × 3000 = 4500 − amoGross (1900 paid + 200
         * participation) = 2400, capped at what is left of the fee, 3000 − 2100 = 900 (§15, CAPPED_AT_BILLED): the
         * participation stays with the member (§24).
         */
        JsonNode adjudicated = Claims.awaitStatus(CLAIRE, claimId, "ADJUDICATED");
        assertThat(cents(adjudicated.get("reimbursed"))).isEqualTo(900);
        assertThat(cents(adjudicated.at("/lines/0/amo"))).isEqualTo(1_900);
        assertThat(cents(adjudicated.at("/lines/0/patientShare"))).isEqualTo(200);
        assertThat(adjudicated.at("/lines/0/explanations").valueStream().map(reason -> reason.get("code").asString()))
                .containsExactly("AMO_REPORTED", "PARTICIPATION_NOT_COVERED", "GUARANTEE_PERCENT_BR_INCL_AMO",
                        "CAPPED_AT_BILLED");
        Mailbox.awaitMail(CLAIRE_EMAIL, reference,
                mail -> mail.subject().equals("Votre remboursement de 9,00 € est calculé"), "ADJUDICATED mail");
        assertThat(cents(Claims.awaitPaid(claimId).get("amount"))).isEqualTo(900);
        JsonNode reimbursed = Claims.awaitStatus(CLAIRE, claimId, "REIMBURSED");
        assertThat(cents(reimbursed.at("/payment/amount"))).isEqualTo(900);

        // the letter is done with: no longer pending, and not replayed twice
        JsonNode pending = Gateway.get(OPS, "/api/v1/dead-letters/adjudication").expect(200).json();
        assertThat(pending.valueStream().map(pendingLetter -> pendingLetter.get("id").asString()))
                .doesNotContain(letter.get("id").asString());
        assertThat(Gateway.post(OPS, letterPath + "/replay").expect(409).json().get("code").asString())
                .isEqualTo("DEAD_LETTER_ALREADY_REPLAYED");
    }

    /** ClaimAnalysed as teletransmission writes it (asyncapi.yaml): one GP consultation of Claire's, AMO 19,00 €. */
    private static ObjectNode gpConsultation(UUID claimId, LocalDate careDate) {
        ObjectNode event = Gateway.JSON.createObjectNode();
        event.put("claimId", claimId.toString());
        event.put("occurredAt", Instant.now().toString());
        event.put("channel", "NOEMIE");
        ObjectNode beneficiary = event.putObject("beneficiary");
        beneficiary.put("contractNumber", CLAIRE_CONTRACT);
        beneficiary.put("nir", CLAIRE_NIR);
        beneficiary.put("birthDate", CLAIRE_BIRTH.toString());
        beneficiary.put("rank", 1);
        ObjectNode line = event.putArray("lines").addObject();
        line.put("lineNumber", 1);
        line.put("careDate", careDate.toString());
        line.put("careCategory", "GP_CONSULTATION");
        line.put("actCode", "G");
        line.put("practitionerId", "10007654321");
        line.put("practitionerOptam", true);
        line.put("quantity", 1);
        line.put("billedCents", 3_000);
        line.put("baseCents", 3_000);
        line.put("amoRatePercent", 70);
        line.put("amoPaidCents", 1_900);
        line.put("participationCents", 200);
        line.put("franchiseCents", 0);
        line.putNull("basket");
        line.putNull("side");
        event.put("visionChangeJustified", false);
        event.put("reversal", false);
        event.put("correction", false);
        event.put("source", "noemie:" + NlfFile.SENDER + "/ST-POISON-" + NlfFile.runId() + "/D" + NlfFile.runId());
        return event;
    }

    /** Straight to the broker, with the CloudEvents headers every Prestaflow event carries. */
    private static void publish(UUID claimId, UUID eventId, ObjectNode event) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + RunningStack.SETTINGS.kafkaPort(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            var record = new ProducerRecord<>(Topics.TELETRANSMISSION_CLAIMS, claimId.toString(),
                    Gateway.JSON.writeValueAsString(event));
            header(record, EventHeaders.SPEC_VERSION, "1.0");
            header(record, EventHeaders.ID, eventId.toString());
            header(record, EventHeaders.TYPE, EventTypes.typeOf(ClaimAnalysed.class));
            header(record, EventHeaders.SOURCE, "system-tests");
            header(record, EventHeaders.TIME, Instant.now().toString());
            header(record, EventHeaders.CONTENT_TYPE, "application/json");
            producer.send(record).get();
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
