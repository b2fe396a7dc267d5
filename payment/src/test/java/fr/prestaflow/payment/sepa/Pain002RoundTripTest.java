package fr.prestaflow.payment.sepa;

import static fr.prestaflow.payment.sepa.SepaFixtures.VALIDATOR;
import static fr.prestaflow.payment.sepa.SepaFixtures.batch;
import static fr.prestaflow.payment.sepa.SepaFixtures.bytes;
import static fr.prestaflow.payment.sepa.SepaFixtures.transfer;
import static fr.prestaflow.payment.sepa.SepaFixtures.value;
import static fr.prestaflow.payment.sepa.SepaFixtures.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.prestaflow.payment.sepa.TransactionOutcome.Accepted;
import fr.prestaflow.payment.sepa.TransactionOutcome.Rejected;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class Pain002RoundTripTest {

    private static final Instant REPORTED_AT = Instant.parse("2025-04-22T07:00:00Z");

    private final Pain002Writer bank = new Pain002Writer();
    private final Pain002Reader reader = new Pain002Reader(VALIDATOR);
    private final CreditTransferBatch batch = batch(transfer("E2E-1", 1), transfer("E2E-2", 99_999),
            transfer("E2E-3", 1_840));

    @Test
    void a_report_accepting_every_transfer_validates_against_the_pain_002_schema() {
        byte[] report = bank.write(batch, Map.of(), "STS-1", REPORTED_AT);

        assertThat(VALIDATOR.problems(SepaSchema.PAIN_002_001_10, report)).isEmpty();
        assertThat(value(report, "OrgnlGrpInfAndSts/GrpSts")).isEqualTo("ACSC");
        assertThat(value(report, "OrgnlGrpInfAndSts/OrgnlCtrlSum")).isEqualTo("1018.40");
    }

    @Test
    void a_report_with_rejections_validates_and_counts_each_status_to_the_cent() {
        byte[] report = bank.write(batch, Map.of("E2E-2", BankDecision.reject("AC04")), "STS-1", REPORTED_AT);

        assertThat(VALIDATOR.problems(SepaSchema.PAIN_002_001_10, report)).isEmpty();
        assertThat(value(report, "OrgnlGrpInfAndSts/GrpSts")).isEqualTo("PART");
        assertThat(values(report, "OrgnlGrpInfAndSts/NbOfTxsPerSts/DtldSts")).containsExactly("ACSC", "RJCT");
        assertThat(values(report, "OrgnlGrpInfAndSts/NbOfTxsPerSts/DtldCtrlSum")).containsExactly("18.41", "999.99");
    }

    @Test
    void every_transfer_accepted_by_the_bank_reads_back_as_accepted() {
        PaymentStatusReport report = reader.read(bank.write(batch, Map.of(), "STS-1", REPORTED_AT));

        assertThat(report.originalMessageId()).isEqualTo(batch.msgId());
        assertThat(report.originalMessageName()).isEqualTo("pain.001.001.09");
        assertThat(report.groupStatus()).contains(PaymentStatus.SETTLED);
        assertThat(report.outcomesFor(batch).values())
                .hasSize(3)
                .allSatisfy(outcome -> assertThat(outcome).isInstanceOf(Accepted.class));
    }

    @Test
    void rejected_transfers_read_back_with_their_reason_code_and_a_human_text() {
        byte[] xml = bank.write(batch, Map.of(
                "E2E-1", BankDecision.reject("AC01"),
                "E2E-3", BankDecision.reject("MD07")), "STS-1", REPORTED_AT);

        Map<String, TransactionOutcome> outcomes = reader.read(xml).outcomesFor(batch);

        assertThat(outcomes.get("E2E-2")).isEqualTo(new Accepted("E2E-2", PaymentStatus.SETTLED));
        assertThat(outcomes.get("E2E-1")).isInstanceOfSatisfying(Rejected.class, rejected -> {
            assertThat(rejected.reason()).map(StatusReason::code).contains("AC01");
            assertThat(rejected.reason()).map(StatusReason::french).contains("AC01: IBAN incorrect");
            assertThat(rejected.reason()).map(StatusReason::english).contains("AC01: Incorrect account number (IBAN)");
        });
        assertThat(outcomes.get("E2E-3")).isInstanceOfSatisfying(Rejected.class, rejected ->
                assertThat(rejected.reason()).map(StatusReason::french).contains("MD07: Titulaire du compte décédé"));
    }

    @Test
    void the_report_keeps_the_instruction_id_of_each_transfer() {
        PaymentStatusReport report = reader.read(bank.write(batch, Map.of(), "STS-1", REPORTED_AT));

        assertThat(report.transactions()).extracting(TransactionStatus::originalInstrId)
                .containsExactly(java.util.Optional.of("I-E2E-1"), java.util.Optional.of("I-E2E-2"),
                        java.util.Optional.of("I-E2E-3"));
    }

    @Test
    void a_group_level_rejection_without_transactions_rejects_every_transfer_of_the_message() {
        byte[] xml = bank.rejectWholeMessage(batch, "AM05", "STS-1", REPORTED_AT);
        assertThat(VALIDATOR.problems(SepaSchema.PAIN_002_001_10, xml)).isEmpty();

        PaymentStatusReport report = reader.read(xml);

        assertThat(report.transactions()).isEmpty();
        assertThat(report.outcomesFor(batch).values()).hasSize(3).allSatisfy(outcome ->
                assertThat(outcome).isInstanceOfSatisfying(Rejected.class, rejected ->
                        assertThat(rejected.reason()).map(StatusReason::code).contains("AM05")));
    }

    @Test
    void a_report_about_another_message_is_not_applied_to_the_batch() {
        PaymentStatusReport report = reader.read(bank.write(batch, Map.of(), "STS-1", REPORTED_AT));
        CreditTransferBatch other = new CreditTransferBatch("MSG-OTHER", batch.pmtInfId(), batch.createdAt(),
                batch.requestedExecutionDate(), batch.debtor(), batch.transfers());

        assertThatThrownBy(() -> report.outcomesFor(other))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MSG-OTHER");
    }

    @Test
    void a_decision_for_a_transfer_that_is_not_in_the_batch_is_refused() {
        assertThatThrownBy(() -> bank.write(batch, Map.of("E2E-9", BankDecision.reject("AC01")), "STS-1", REPORTED_AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("E2E-9");
    }

    @Test
    void a_reason_code_that_is_not_four_characters_is_refused() {
        assertThatThrownBy(() -> BankDecision.reject("wrong iban")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_simulated_bank_can_answer_a_pain001_it_only_has_as_bytes() {
        byte[] pain001 = new Pain001Writer(VALIDATOR).write(batch);

        CreditTransferBatch received = new Pain001Reader(VALIDATOR).read(pain001);
        byte[] pain002 = bank.write(received, Map.of("E2E-2", BankDecision.reject("AC06")), "STS-1", REPORTED_AT);

        assertThat(reader.read(pain002).outcomesFor(batch).get("E2E-2"))
                .isInstanceOfSatisfying(Rejected.class, rejected ->
                        assertThat(rejected.reason()).map(StatusReason::french).contains("AC06: Compte bloqué"));
    }

    @Test
    void an_invalid_pain002_is_refused_before_it_is_read() {
        String broken = new String(bank.write(batch, Map.of(), "STS-1", REPORTED_AT), java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("<OrgnlMsgNmId>[^<]*</OrgnlMsgNmId>", "");

        assertThatThrownBy(() -> reader.read(bytes(broken))).isInstanceOf(InvalidSepaDocument.class);
    }
}
