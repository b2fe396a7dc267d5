package fr.prestaflow.teletransmission.files;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.care.BeneficiaryRef;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.events.v1.ClaimAnalysed;
import fr.prestaflow.contracts.events.v1.ClaimReceived;
import fr.prestaflow.contracts.events.v1.EventHeaders;
import fr.prestaflow.platform.messaging.EventCodec;
import fr.prestaflow.teletransmission.BrokerReader;
import fr.prestaflow.teletransmission.TeletransmissionTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** NLF files uploaded over HTTP, acknowledged byte for byte, their accepted décomptes turned into claim events. */
class NlfFileUploadTest extends TeletransmissionTest {

    private static final String SOURCE_01 = "noemie:017510000/F20250612-0001/";

    @Autowired EventCodec codec;

    @ParameterizedTest
    @ValueSource(strings = {"01-valid-small", "02-partial", "03-rejected-trailer", "04-crlf-corsica"})
    void every_sample_is_acknowledged_over_http_exactly_as_its_nla(String sample) {
        UUID id = upload(sample(sample + ".nlf"));

        awaitProcessed(id);

        assertThat(new String(acknowledgment(id), StandardCharsets.UTF_8))
                .isEqualTo(new String(sample(sample + ".nla"), StandardCharsets.UTF_8));
        assertThat(acknowledgment(id)).isEqualTo(sample(sample + ".nla"));
    }

    @Test
    void an_accepted_file_gives_one_claim_per_decompte_received_then_analysed_on_the_broker() {
        UUID id = upload(sample("01-valid-small.nlf"));

        JsonNode view = awaitProcessed(id);

        assertThat(view.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(view.get("disposition").asString()).isEqualTo("PROCESSED");
        assertThat(view.get("sender").asString()).isEqualTo("017510000");
        assertThat(view.get("fileId").asString()).isEqualTo("F20250612-0001");
        assertThat(view.get("sha256").asString())
                .isEqualTo("4b0b4dbcdfa6aaf9f49f9507d41d7c48331c1f6ff3cfaf3255f611e5ff04a84a");
        assertThat(view.at("/counts/decomptesAccepted").asLong()).isEqualTo(3);
        assertThat(view.at("/counts/linesAccepted").asLong()).isEqualTo(7);
        assertThat(view.at("/pipeline/claimsCreated").asLong()).isEqualTo(3);
        Set<String> claims = claimsOf(id).stream().map(UUID::toString).collect(Collectors.toSet());
        assertThat(claims).hasSize(3);
        try (BrokerReader broker = reader(Topics.TELETRANSMISSION_CLAIMS)) {
            List<ConsumerRecord<String, String>> events = broker.awaitMatching(r -> claims.contains(r.key()), 6);
            assertThat(events).hasSize(6);
            assertThat(events).extracting(r -> BrokerReader.header(r, EventHeaders.TYPE)).containsOnly(
                    "fr.prestaflow.ClaimReceived.v1", "fr.prestaflow.ClaimAnalysed.v1");
            for (String claim : claims) {
                assertThat(events.stream().filter(r -> r.key().equals(claim)).map(r -> BrokerReader.header(r, EventHeaders.TYPE)))
                        .containsExactly("fr.prestaflow.ClaimReceived.v1", "fr.prestaflow.ClaimAnalysed.v1");
            }
            List<ClaimReceived> received = decode(events, ClaimReceived.class);
            assertThat(received).allSatisfy(event -> assertThat(event.channel()).isEqualTo(Channel.NOEMIE));
            assertThat(received).extracting(ClaimReceived::source).containsExactlyInAnyOrder(SOURCE_01 + "D25061000001",
                    SOURCE_01 + "D25061000002", SOURCE_01 + "D25061100003");
            List<ClaimAnalysed> analysed = decode(events, ClaimAnalysed.class).stream()
                    .sorted(Comparator.comparing(ClaimAnalysed::source)).toList();
            assertThat(analysed).extracting(a -> a.lines().size()).containsExactly(3, 2, 2);
            assertThat(analysed).allSatisfy(a -> assertThat(a.reversal()).isFalse());
            assertThat(analysed.getFirst().beneficiary()).isEqualTo(
                    new BeneficiaryRef("CT-000001", "185117505612387", LocalDate.of(1985, 11, 3), 1));
            assertThat(analysed.getFirst().lines().getFirst()).isEqualTo(new CareLine(1, LocalDate.of(2025, 6, 2),
                    CareCategory.GP_CONSULTATION, "G", "10003456789", true, 1, 3000, 3000, 70, 1900L, 200L, 0L, null, null));
            assertThat(analysed.get(1).lines()).extracting(CareLine::careCategory)
                    .containsExactly(CareCategory.OPTICS_FRAME, CareCategory.OPTICS_LENS);
        }
    }

    @Test
    void the_same_file_again_gets_the_first_acknowledgment_and_makes_no_new_claim() {
        UUID first = upload(sample("01-valid-small.nlf"));
        awaitProcessed(first);
        long mark = outboxMark();

        UUID second = upload(sample("01-valid-small.nlf"));
        JsonNode view = awaitProcessed(second);

        assertThat(second).isNotEqualTo(first);
        assertThat(view.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(view.get("disposition").asString()).isEqualTo("REPLAYED");
        assertThat(view.get("priorFileId").asString()).isEqualTo(first.toString());
        assertThat(view.at("/pipeline/claimsCreated").asLong()).isZero();
        assertThat(acknowledgment(second)).isEqualTo(acknowledgment(first)).isEqualTo(sample("01-valid-small.nla"));
        assertThat(claimsOf(second)).isEmpty();
        assertThat(jdbc.sql("select count(*) from claim").query(Long.class).single()).isEqualTo(3);
        assertThat(outboxRowsSince(mark, SOURCE_01 + "D25061000001")).isZero();
    }

    @Test
    void the_same_file_id_with_another_content_is_rejected_with_E010_and_changes_nothing() {
        UUID first = upload(sample("01-valid-small.nlf"));
        awaitProcessed(first);
        byte[] changed = (new String(sample("01-valid-small.nlf"), StandardCharsets.UTF_8) + "\n")
                .getBytes(StandardCharsets.UTF_8);

        UUID second = upload(changed);
        JsonNode view = awaitProcessed(second);

        assertThat(view.get("status").asString()).isEqualTo("REJECTED");
        assertThat(view.get("disposition").asString()).isEqualTo("CONFLICT");
        assertThat(new String(acknowledgment(second), StandardCharsets.UTF_8)).isEqualTo(
                "000|NLA1.0|017510000|99123456|F20250612-0001|" + view.get("sha256").asString()
                        + "|REJECTED|0|0|0|0|0|0|1|0\n"
                        + "500|1|000||NLF-E010|FILE|fileId|File id already used with a different content|\n"
                        + "999|1\n");
        assertThat(acknowledgment(first)).isEqualTo(sample("01-valid-small.nla"));
        assertThat(jdbc.sql("select count(*) from claim").query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void a_file_with_a_FILE_error_ingests_nothing() {
        long mark = outboxMark();

        UUID id = upload(sample("03-rejected-trailer.nlf"));

        JsonNode view = awaitProcessed(id);

        assertThat(view.get("status").asString()).isEqualTo("REJECTED");
        assertThat(view.at("/counts/decomptesRead").asLong()).isEqualTo(2);
        assertThat(view.at("/counts/decomptesAccepted").asLong()).isZero();
        assertThat(view.at("/pipeline/claimsCreated").asLong()).isZero();
        assertThat(jdbc.sql("select count(*) from decompte").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from claim").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from decompte_rejection").query(Long.class).single()).isZero();
        assertThat(outboxRowsSince(mark, "noemie:017510000/F20250612-0003/D25061000021")).isZero();
    }

    @Test
    void only_the_accepted_decomptes_and_lines_of_a_partial_file_become_claims() {
        UUID id = upload(sample("02-partial.nlf"));

        JsonNode view = awaitProcessed(id);

        assertThat(view.get("status").asString()).isEqualTo("PARTIALLY_ACCEPTED");
        assertThat(view.at("/counts/decomptesRejected").asLong()).isEqualTo(2);
        assertThat(view.at("/counts/linesRejected").asLong()).isEqualTo(4);
        assertThat(view.at("/counts/errors").asLong()).isEqualTo(4);
        Set<String> claims = claimsOf(id).stream().map(UUID::toString).collect(Collectors.toSet());
        assertThat(claims).hasSize(2);
        try (BrokerReader broker = reader(Topics.TELETRANSMISSION_CLAIMS)) {
            List<ClaimAnalysed> analysed = decode(broker.awaitMatching(r -> claims.contains(r.key()), 4), ClaimAnalysed.class)
                    .stream().sorted(Comparator.comparing(ClaimAnalysed::source)).toList();
            assertThat(analysed).extracting(ClaimAnalysed::source).containsExactly(
                    "noemie:017510000/F20250612-0002/D25061000011", "noemie:017510000/F20250612-0002/D25061000013");
            assertThat(analysed.get(0).lines()).extracting(CareLine::careCategory)
                    .containsExactly(CareCategory.SPECIALIST_CONSULTATION);
            assertThat(analysed.get(1).lines()).extracting(CareLine::lineNumber, CareLine::careCategory)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, CareCategory.IMAGING));
        }
    }

    @Test
    void a_test_file_is_acknowledged_but_nothing_is_ingested_or_recorded() {
        byte[] testFile = new String(sample("01-valid-small.nlf"), StandardCharsets.UTF_8)
                .replace("+02:00|\n", "+02:00|T\n").getBytes(StandardCharsets.UTF_8);

        UUID id = upload(testFile);
        JsonNode view = awaitProcessed(id);
        UUID again = upload(testFile);
        JsonNode second = awaitProcessed(again);

        assertThat(view.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(view.get("testFile").asBoolean()).isTrue();
        assertThat(view.at("/counts/warnings").asLong()).isEqualTo(1);
        assertThat(new String(acknowledgment(id), StandardCharsets.UTF_8))
                .contains("500|1|000||NLF-W007|WARNING|testFlag|Test file, nothing ingested|");
        assertThat(view.at("/pipeline/claimsCreated").asLong()).isZero();
        assertThat(jdbc.sql("select count(*) from decompte").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from nlf_file_key").query(Long.class).single()).isZero();
        assertThat(second.get("disposition").asString()).isEqualTo("PROCESSED");
        assertThat(acknowledgment(again)).isEqualTo(acknowledgment(id));
    }

    @Test
    void a_decompte_mixing_regularisation_lines_gives_a_normal_claim_and_a_reversal_claim() {
        byte[] file = String.join("\n",
                "000|NLF1.0|017510000|99123456|F-REGUL-1|2025-06-12T06:15:00+02:00|",
                "100|D25061000091|CT-000001|1851175056123|87|1|1985-11-03|2025-06-10|0|2",
                "200|D25061000091|1|2025-06-02|GP_CONSULTATION|G|10003456789|1|1|3000|3000|70|1900|200|0|||",
                "200|D25061000091|2|2025-05-20|GP_CONSULTATION|G|10003456789|1|1|-3000|-3000|70|-1900|-200|0|||R",
                "999|F-REGUL-1|1|2|5|0|0|0", "").getBytes(StandardCharsets.UTF_8);

        UUID id = upload(file);
        JsonNode view = awaitProcessed(id);

        assertThat(view.get("status").asString()).isEqualTo("ACCEPTED");
        List<UUID> claims = claimsOf(id);
        assertThat(claims).hasSize(2);
        try (BrokerReader broker = reader(Topics.TELETRANSMISSION_CLAIMS)) {
            Set<String> keys = claims.stream().map(UUID::toString).collect(Collectors.toSet());
            List<ClaimAnalysed> analysed = decode(broker.awaitMatching(r -> keys.contains(r.key()), 4), ClaimAnalysed.class);
            ClaimAnalysed normal = analysed.stream().filter(a -> !a.reversal()).findFirst().orElseThrow();
            ClaimAnalysed reversal = analysed.stream().filter(ClaimAnalysed::reversal).findFirst().orElseThrow();
            assertThat(normal.lines()).extracting(CareLine::lineNumber).containsExactly(1);
            assertThat(reversal.lines()).containsExactly(new CareLine(2, LocalDate.of(2025, 5, 20),
                    CareCategory.GP_CONSULTATION, "G", "10003456789", true, 1, 3000, 3000, 70, 1900L, 200L, 0L, null, null));
            assertThat(reversal.source()).isEqualTo(normal.source()).isEqualTo("noemie:017510000/F-REGUL-1/D25061000091");
        }
    }

    private <T> List<T> decode(List<ConsumerRecord<String, String>> records, Class<T> type) {
        String ceType = "fr.prestaflow." + type.getSimpleName() + ".v1";
        return records.stream().filter(r -> ceType.equals(BrokerReader.header(r, EventHeaders.TYPE)))
                .map(r -> codec.read(r.value(), type)).toList();
    }
}
