package fr.prestaflow.adjudication.claims;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.adjudication.AdjudicationTest;
import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.care.BeneficiaryRef;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.events.v1.AdjudicatedLine;
import fr.prestaflow.contracts.events.v1.ClaimAdjudicated;
import fr.prestaflow.contracts.events.v1.ClaimAnalysed;
import fr.prestaflow.contracts.events.v1.ClaimReceived;
import fr.prestaflow.contracts.events.v1.ClaimRejected;
import fr.prestaflow.contracts.events.v1.EventHeaders;
import fr.prestaflow.contracts.events.v1.Payee;
import fr.prestaflow.contracts.money.Money;
import fr.prestaflow.platform.messaging.EventCodec;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ClaimsFlowTest extends AdjudicationTest {

    @Autowired MeterRegistry meters;

    @Test
    void a_teletransmitted_claim_comes_back_adjudicated_on_the_adjudication_topic_with_the_golden_amounts() {
        String contract = newContract("CONFORT");
        UUID claimId = UUID.randomUUID();

        publish(Topics.TELETRANSMISSION_CLAIMS, analysed(claimId, Channel.NOEMIE, holder(contract), specialistNonOptam(1)));

        ConsumerRecord<String, String> record = readAdjudicationTopic(claimId);
        assertThat(EventCodec.header(record, EventHeaders.TYPE)).isEqualTo("fr.prestaflow.ClaimAdjudicated.v1");
        ClaimAdjudicated adjudicated = codec.read(record.value(), ClaimAdjudicated.class);
        assertThat(adjudicated.reimbursed()).isEqualTo(Money.ofCents(1840));
        assertThat(adjudicated.payee()).isEqualTo(Payee.member(contract));
        assertThat(adjudicated.expectedPaymentDate()).isEqualTo(TODAY.plusDays(2));
        assertThat(adjudicated.planId()).isEqualTo("CONFORT");
        assertThat(adjudicated.planVersion()).isEqualTo(1);
        assertThat(adjudicated.reversal()).isFalse();
        assertThat(adjudicated.beneficiary()).isEqualTo(holder(contract));
        assertThat(adjudicated.lines()).containsExactly(new AdjudicatedLine(1, LocalDate.of(2025, 5, 14),
                CareCategory.SPECIALIST_CONSULTATION, "CS", Money.ofCents(8000), Money.ofCents(1410),
                Money.ofCents(1840), Money.ofCents(4750), List.of("AMO_REPORTED", "PARTICIPATION_NOT_COVERED",
                "GUARANTEE_PERCENT_BR_INCL_AMO", "OVERBILLING_CAPPED_NON_OPTAM"), null));
        assertThat(adjudicated.totals().patientShare()).isEqualTo(Money.ofCents(4750));
    }

    @Test
    void an_uploaded_claim_is_expected_to_be_paid_after_the_upload_service_level() {
        String contract = newContract("CONFORT");
        UUID claimId = UUID.randomUUID();

        publish(Topics.INTAKE_CLAIMS, analysed(claimId, Channel.UPLOAD, holder(contract), specialistNonOptam(1)));

        ClaimAdjudicated adjudicated = awaitEvent(claimId, ClaimAdjudicated.class);
        assertThat(adjudicated.expectedPaymentDate()).isEqualTo(TODAY.plusDays(7));
        assertThat(adjudicated.channel()).isEqualTo(Channel.UPLOAD);
    }

    @Test
    void an_uploaded_invoice_without_the_amo_payment_has_its_amo_part_estimated() {
        String contract = newContract("CONFORT");
        UUID claimId = UUID.randomUUID();
        var invoiceOnly = new fr.prestaflow.contracts.care.CareLine(1, TODAY, CareCategory.GP_CONSULTATION, "G",
                PRACTITIONER, true, 1, 3000, 3000, 70, null, null, null, null, null);

        publish(Topics.INTAKE_CLAIMS, analysed(claimId, Channel.UPLOAD, holder(contract), invoiceOnly));

        ClaimAdjudicated adjudicated = awaitEvent(claimId, ClaimAdjudicated.class);
        // AMO 70 % of 30 € less the 2 € participation = 19 €; CONFORT 150 % BR capped at billed: 30 − 21 = 9 €
        assertThat(adjudicated.lines().getFirst().amoPaid().cents()).isEqualTo(1900);
        assertThat(adjudicated.reimbursed().cents()).isEqualTo(900);
        assertThat(adjudicated.lines().getFirst().reasons()).startsWith("AMO_COMPUTED");
    }

    @Test
    void a_beneficiary_named_by_rank_without_nir_is_found_by_rank_and_birth_date() {
        String contract = newContract("CONFORT");
        UUID claimId = UUID.randomUUID();
        var byRank = new BeneficiaryRef(contract, null, SECOND_BIRTH_DATE, 2);

        publish(Topics.INTAKE_CLAIMS, analysed(claimId, Channel.UPLOAD, byRank, specialistNonOptam(1)));

        ClaimAdjudicated adjudicated = awaitEvent(claimId, ClaimAdjudicated.class);
        assertThat(adjudicated.beneficiary()).isEqualTo(new BeneficiaryRef(contract, SECOND_NIR, SECOND_BIRTH_DATE, 2));
    }

    @Test
    void a_claim_for_an_unknown_beneficiary_is_rejected_with_UNKNOWN_BENEFICIARY() {
        String contract = newContract("CONFORT");
        UUID claimId = UUID.randomUUID();
        var wrongBirthDate = new BeneficiaryRef(contract, NIR, BIRTH_DATE.plusDays(1), 1);

        publish(Topics.TELETRANSMISSION_CLAIMS, analysed(claimId, Channel.NOEMIE, wrongBirthDate, specialistNonOptam(1)));

        ClaimRejected rejected = awaitEvent(claimId, ClaimRejected.class);
        assertThat(rejected.codes()).containsExactly("UNKNOWN_BENEFICIARY");
        assertThat(rejected.stage()).isEqualTo("adjudication");
    }

    @Test
    void a_claim_for_an_unknown_contract_is_rejected_with_UNKNOWN_CONTRACT() {
        UUID claimId = UUID.randomUUID();

        publish(Topics.TELETRANSMISSION_CLAIMS,
                analysed(claimId, Channel.NOEMIE, holder(newContractNumber()), specialistNonOptam(1)));

        assertThat(awaitEvent(claimId, ClaimRejected.class).codes()).containsExactly("UNKNOWN_CONTRACT");
    }

    @Test
    void a_claim_whose_lines_are_all_rejected_is_answered_with_their_codes() {
        String contract = newContract("CONFORT");
        UUID claimId = UUID.randomUUID();
        var beforeCoverage = new BeneficiaryRef(contract, NIR, BIRTH_DATE, 1);
        var line = contactLenses(1, LocalDate.of(2023, 12, 1), 10000);

        publish(Topics.INTAKE_CLAIMS, analysed(claimId, Channel.UPLOAD, beforeCoverage, line));

        ClaimRejected rejected = awaitEvent(claimId, ClaimRejected.class);
        assertThat(rejected.codes()).containsExactly("CARE_BEFORE_COVERAGE");
        assertThat(rejected.lines()).singleElement().satisfies(l -> {
            assertThat(l.rejectionCode()).isEqualTo("CARE_BEFORE_COVERAGE");
            assertThat(l.complementaryPaid()).isEqualTo(Money.ZERO);
        });
    }

    @Test
    void a_redelivered_event_has_no_second_result_and_no_second_consumption() {
        String contract = newContract("CONFORT");
        UUID claimId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        ClaimAnalysed claim = analysed(claimId, Channel.UPLOAD, holder(contract), contactLenses(1, TODAY, 4000));

        publish(Topics.INTAKE_CLAIMS, claim, eventId);
        awaitEvent(claimId, ClaimAdjudicated.class);
        RecordMetadata redelivery = publish(Topics.INTAKE_CLAIMS, claim, eventId);
        awaitConsumed(redelivery);

        assertThat(eventsOf(claimId)).hasSize(1);
        assertThat(consumedCents(contract, CareCategory.CONTACT_LENSES)).isEqualTo(4000);
    }

    @Test
    void events_other_than_claim_analysed_on_the_claim_topics_are_ignored() {
        String contract = newContract("CONFORT");
        UUID claimId = UUID.randomUUID();

        RecordMetadata sent = publish(Topics.INTAKE_CLAIMS,
                new ClaimReceived(claimId, NOW, Channel.UPLOAD, holder(contract), "test"));
        awaitConsumed(sent);

        assertThat(eventsOf(claimId)).isEmpty();
    }

    @Test
    void a_teletransmitted_claim_without_amo_amounts_goes_to_the_dead_letters_at_once() {
        String contract = newContract("CONFORT");
        UUID claimId = UUID.randomUUID();
        var noAmo = new fr.prestaflow.contracts.care.CareLine(1, TODAY, CareCategory.GP_CONSULTATION, "G", PRACTITIONER,
                true, 1, 3000, 3000, 70, null, null, null, null, null);

        publish(Topics.TELETRANSMISSION_CLAIMS, analysed(claimId, Channel.NOEMIE, holder(contract), noAmo));

        String reason = eventually().until(() -> jdbc.sql("select reason from dead_letter where message_key = :key")
                .param("key", claimId.toString()).query(String.class).optional().orElse(null), r -> r != null);
        assertThat(reason).contains("InvalidEventException").contains("amoPaidCents");
        assertThat(eventsOf(claimId)).isEmpty();
    }

    @Test
    void every_adjudication_is_counted_by_outcome_and_channel() {
        String contract = newContract("CONFORT");
        UUID claimId = UUID.randomUUID();
        double before = count("adjudicated", "noemie");

        publish(Topics.TELETRANSMISSION_CLAIMS, analysed(claimId, Channel.NOEMIE, holder(contract), specialistNonOptam(1)));
        awaitEvent(claimId, ClaimAdjudicated.class);

        eventually().until(() -> count("adjudicated", "noemie") >= before + 1);
    }

    private double count(String outcome, String channel) {
        var counter = meters.find("prestaflow.claims.adjudicated").tag("outcome", outcome).tag("channel", channel)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private ConsumerRecord<String, String> readAdjudicationTopic(UUID claimId) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, environment.getRequiredProperty("spring.kafka.bootstrap-servers"),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.ADJUDICATION_CLAIMS));
            return eventually().until(() -> {
                List<ConsumerRecord<String, String>> seen = new ArrayList<>();
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().filter(r -> claimId.toString().equals(r.key())).findFirst().orElse(null);
            }, r -> r != null);
        }
    }
}
