package fr.prestaflow.payment.batches;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.events.v1.ClaimAdjudicated;
import fr.prestaflow.contracts.events.v1.ClaimReimbursed;
import fr.prestaflow.contracts.events.v1.PaymentFailed;
import fr.prestaflow.contracts.money.Money;
import fr.prestaflow.payment.PaymentIntegrationTest;
import fr.prestaflow.payment.bank.SimulatedBank;
import fr.prestaflow.payment.sepa.BankDecision;
import fr.prestaflow.payment.sepa.CreditTransfer;
import fr.prestaflow.payment.sepa.CreditTransferBatch;
import fr.prestaflow.payment.sepa.SepaIds;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

class StatusReportsTest extends PaymentIntegrationTest {

    @Autowired SimulatedBank simulatedBank;
    @Autowired MeterRegistry meters;

    @Test
    void an_accepted_transfer_pays_the_order_and_tells_the_member_the_claim_is_reimbursed() {
        String contract = newContract();
        registerAccount(contract, IBAN_A);
        ClaimAdjudicated claim = adjudicatedAndReady(contract, 12_345);
        UUID batchId = batchIdOf(createBatch());

        MvcTestResult result = postReport(batchId, statusReport(batchId, Map.of(), "BANK-REPORT-1"));

        assertThat(result).hasStatusOk();
        assertThat(body(result).get("duplicate").asBoolean()).isFalse();
        assertThat(orders(claim.claimId())).singleElement().satisfies(order -> assertThat(order.status()).isEqualTo("PAID"));
        ClaimReimbursed reimbursed = codec.read(awaitPaymentEvents(claim.claimId(), ClaimReimbursed.class, 1)
                .getFirst().value(), ClaimReimbursed.class);
        assertThat(reimbursed.amount()).isEqualTo(Money.ofCents(12_345));
        assertThat(reimbursed.maskedIban()).isEqualTo("FR76 •••• 0189");
        assertThat(reimbursed.paidOn()).isEqualTo(NEXT_TARGET2_DAY);
    }

    @Test
    void importing_the_same_report_twice_changes_nothing() {
        String contract = newContract();
        registerAccount(contract, IBAN_A);
        ClaimAdjudicated claim = adjudicatedAndReady(contract, 500);
        UUID batchId = batchIdOf(createBatch());
        byte[] report = statusReport(batchId, Map.of(), "BANK-REPORT-2");
        postReport(batchId, report);

        MvcTestResult again = postReport(batchId, report);

        assertThat(again).hasStatusOk();
        assertThat(body(again).get("duplicate").asBoolean()).isTrue();
        assertThat(body(again).get("batch").get("status").asString()).isIn("ACCEPTED", "PARTIALLY_ACCEPTED");
        assertThat(orders(claim.claimId())).singleElement().satisfies(order -> assertThat(order.status()).isEqualTo("PAID"));
        assertThat(outboxEvents(claim.claimId(), ClaimReimbursed.class)).isEqualTo(1);
    }

    @Test
    void a_rejected_transfer_fails_with_the_bank_reason_and_is_paid_again_in_a_later_batch_once_a_new_iban_is_registered() {
        String contract = newContract();
        registerAccount(contract, IBAN_A);
        ClaimAdjudicated claim = adjudicatedAndReady(contract, 7_770);
        UUID batchId = batchIdOf(createBatch());
        String endToEndId = SepaIds.endToEndId(claim.claimId(), 1);
        double failedBefore = meters.counter("prestaflow.payments.failed", "reason", "AC04").count();

        postReport(batchId, statusReport(batchId, Map.of(endToEndId, BankDecision.reject("AC04")), "BANK-REPORT-3"));

        PaymentFailed failed = codec.read(awaitPaymentEvents(claim.claimId(), PaymentFailed.class, 1).getFirst().value(),
                PaymentFailed.class);
        assertThat(failed.reasonCode()).isEqualTo("AC04");
        assertThat(failed.reason()).isEqualTo("AC04: Compte clôturé");
        assertThat(failed.amount()).isEqualTo(Money.ofCents(7_770));
        List<OrderRow> orders = orders(claim.claimId());
        assertThat(orders).extracting(OrderRow::attempt, OrderRow::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "FAILED"),
                        org.assertj.core.groups.Tuple.tuple(2, "AWAITING_BANK_ACCOUNT"));
        assertThat(orders.getFirst().failureCode()).isEqualTo("AC04");
        assertThat(meters.counter("prestaflow.payments.failed", "reason", "AC04").count()).isEqualTo(failedBefore + 1);
        JsonNode account = body(mvc.get().uri("/api/v1/bank-accounts/me").header("X-Member-Contract", contract).exchange());
        assertThat(account.get("status").asString()).isEqualTo("INVALID");

        registerAccount(contract, IBAN_B);
        assertThat(orders(claim.claimId()).get(1).status()).isEqualTo("READY");
        UUID nextBatchId = batchIdOf(createBatch());

        CreditTransfer retried = pain001Reader.read(pain001(nextBatchId)).transfers().stream()
                .filter(t -> t.endToEndId().equals(SepaIds.endToEndId(claim.claimId(), 2))).findFirst().orElseThrow();
        assertThat(retried.amount()).isEqualTo(Money.ofCents(7_770));
        assertThat(retried.creditorIban().value()).isEqualTo(IBAN_B);
    }

    @Test
    void the_simulated_bank_rejects_transfers_to_its_closed_demo_account_and_accepts_the_others() {
        String closed = newContract();
        String open = newContract();
        registerAccount(closed, CLOSED_ACCOUNT_IBAN);
        registerAccount(open, IBAN_C);
        ClaimAdjudicated toClosed = adjudicatedAndReady(closed, 3_210);
        ClaimAdjudicated toOpen = adjudicatedAndReady(open, 1_230);
        UUID batchId = batchIdOf(createBatch());
        byte[] pain001 = pain001(batchId);

        simulatedBank.answer(batchId, pain001);
        simulatedBank.answer(batchId, pain001);

        assertThat(orders(toOpen.claimId())).singleElement().satisfies(order -> assertThat(order.status()).isEqualTo("PAID"));
        assertThat(orders(toClosed.claimId())).extracting(OrderRow::status).containsExactly("FAILED", "AWAITING_BANK_ACCOUNT");
        assertThat(codec.read(awaitPaymentEvents(toClosed.claimId(), PaymentFailed.class, 1).getFirst().value(),
                PaymentFailed.class).reasonCode()).isEqualTo("AC04");
        assertThat(outboxEvents(toOpen.claimId(), ClaimReimbursed.class)).isEqualTo(1);
        assertThat(outboxEvents(toClosed.claimId(), PaymentFailed.class)).isEqualTo(1);
    }

    @Test
    void a_rejection_that_is_not_the_accounts_fault_is_paid_again_to_the_same_account_without_bothering_the_member() {
        String contract = newContract();
        registerAccount(contract, IBAN_D);
        ClaimAdjudicated claim = adjudicatedAndReady(contract, 4_000);
        UUID batchId = batchIdOf(createBatch());

        postReport(batchId, statusReport(batchId, Map.of(SepaIds.endToEndId(claim.claimId(), 1), BankDecision.reject("TM01")),
                "BANK-REPORT-4"));

        List<OrderRow> orders = orders(claim.claimId());
        assertThat(orders).extracting(OrderRow::status).containsExactly("FAILED", "READY");
        assertThat(orders.get(1).bankAccountId()).isEqualTo(orders.getFirst().bankAccountId());
        assertThat(outboxEvents(claim.claimId(), PaymentFailed.class)).isZero();
    }

    @Test
    void after_three_rejections_that_are_not_the_accounts_fault_the_member_is_told_and_the_claim_is_left_to_ops() {
        String contract = newContract();
        registerAccount(contract, IBAN_D);
        ClaimAdjudicated claim = adjudicatedAndReady(contract, 2_500);

        for (int attempt = 1; attempt <= 3; attempt++) {
            UUID batchId = batchIdOf(createBatch());
            postReport(batchId, statusReport(batchId, Map.of(SepaIds.endToEndId(claim.claimId(), attempt),
                    BankDecision.reject("MS03")), "BANK-REPORT-MS03-" + attempt));
        }

        assertThat(orders(claim.claimId())).extracting(OrderRow::status).containsExactly("FAILED", "FAILED", "FAILED");
        assertThat(codec.read(awaitPaymentEvents(claim.claimId(), PaymentFailed.class, 1).getFirst().value(),
                PaymentFailed.class).reasonCode()).isEqualTo("MS03");
    }

    @Test
    void orders_not_yet_batched_leave_an_account_the_bank_rejected_and_wait_for_a_new_one() {
        String contract = newContract();
        registerAccount(contract, IBAN_A);
        ClaimAdjudicated sent = adjudicatedAndReady(contract, 1_100);
        UUID batchId = batchIdOf(createBatch());
        ClaimAdjudicated notYetSent = adjudicatedAndReady(contract, 2_200);

        postReport(batchId, statusReport(batchId, Map.of(SepaIds.endToEndId(sent.claimId(), 1), BankDecision.reject("AC01")),
                "BANK-REPORT-AC01"));

        assertThat(orders(notYetSent.claimId())).singleElement().satisfies(order -> {
            assertThat(order.status()).isEqualTo("AWAITING_BANK_ACCOUNT");
            assertThat(order.bankAccountId()).isNull();
        });
        registerAccount(contract, IBAN_B);
        assertThat(orders(notYetSent.claimId()).getFirst().status()).isEqualTo("READY");
        assertThat(orders(sent.claimId()).get(1).status()).isEqualTo("READY");
    }

    @Test
    void a_report_about_another_message_is_refused_as_a_mismatch() {
        String contract = newContract();
        registerAccount(contract, IBAN_A);
        adjudicatedAndReady(contract, 100);
        UUID batchId = batchIdOf(createBatch());
        CreditTransferBatch other = withMsgId(pain001Reader.read(pain001(batchId)), "SOMEONE-ELSES-FILE");

        MvcTestResult result = postReport(batchId, pain002Writer.write(other, Map.of(), "BANK-REPORT-5", Instant.now()));

        assertThat(result).hasStatus(409);
        assertThat(body(result).get("code").asString()).isEqualTo("STATUS_REPORT_MISMATCH");
    }

    @Test
    void a_body_that_is_not_a_valid_pain002_is_refused_with_the_schema_problems() {
        String contract = newContract();
        registerAccount(contract, IBAN_A);
        adjudicatedAndReady(contract, 100);
        UUID batchId = batchIdOf(createBatch());

        MvcTestResult result = postReport(batchId, pain001(batchId));

        assertThat(result).hasStatus(400);
        assertThat(body(result).get("code").asString()).isEqualTo("INVALID_STATUS_REPORT");
        assertThat(body(result).get("problems").isArray()).isTrue();
        assertThat(body(result).get("problems").get(0).get("message").asString()).isNotBlank();
    }

    @Test
    void a_report_for_an_unknown_batch_is_not_found() {
        MvcTestResult result = postReport(UUID.randomUUID(), "<x/>".getBytes(StandardCharsets.UTF_8));

        assertThat(result).hasStatus(404);
        assertThat(body(result).get("code").asString()).isEqualTo("BATCH_NOT_FOUND");
    }

    private ClaimAdjudicated adjudicatedAndReady(String contract, long cents) {
        ClaimAdjudicated claim = adjudicated(contract, cents);
        publish(claim);
        awaitOrder(claim.claimId(), "READY");
        return claim;
    }

    private static CreditTransferBatch withMsgId(CreditTransferBatch batch, String msgId) {
        return new CreditTransferBatch(msgId, batch.pmtInfId(), batch.createdAt(), batch.requestedExecutionDate(),
                batch.debtor(), batch.transfers());
    }
}
