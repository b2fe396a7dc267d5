package fr.prestaflow.payment.batches;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.events.v1.ClaimAdjudicated;
import fr.prestaflow.contracts.events.v1.Payee;
import fr.prestaflow.contracts.events.v1.PaymentIssued;
import fr.prestaflow.contracts.money.Money;
import fr.prestaflow.payment.PaymentIntegrationTest;
import fr.prestaflow.payment.sepa.CreditTransfer;
import fr.prestaflow.payment.sepa.CreditTransferBatch;
import fr.prestaflow.payment.sepa.SepaIds;
import fr.prestaflow.payment.sepa.SepaSchema;
import fr.prestaflow.payment.sepa.SepaSchemaValidator;
import fr.prestaflow.testsupport.AuditLog;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

class PaymentBatchesTest extends PaymentIntegrationTest {

    @Autowired SepaSchemaValidator validator;
    @Autowired DataSource database;
    @Autowired MeterRegistry meters;

    @Test
    void a_batch_on_demand_pays_every_ready_order_in_one_schema_valid_file_that_reconciles_to_the_cent() {
        String claire = newContract();
        String karim = newContract();
        String practitioner = "RPPS-" + newContract();
        registerAccount(claire, IBAN_A);
        registerAccount(karim, IBAN_B);
        registerPractitioner(practitioner, IBAN_D);
        List<ClaimAdjudicated> claims = List.of(
                adjudicated(claire, 4_250),
                adjudicated(claire, 1),
                adjudicated(karim, 123_456),
                adjudicated(UUID.randomUUID(), karim, new Payee(Payee.Kind.PRACTITIONER, practitioner), 9_999, false));
        drainReadyOrders();
        claims.forEach(this::publish);
        claims.forEach(claim -> awaitOrder(claim.claimId(), "READY"));

        UUID batchId = batchIdOf(createBatch());

        byte[] xml = pain001(batchId);
        assertThat(validator.problems(SepaSchema.PAIN_001_001_09, xml)).isEmpty();
        CreditTransferBatch file = pain001Reader.read(xml);
        assertThat(file.msgId()).isEqualTo(SepaIds.messageId(batchId)).isNotEqualTo(file.pmtInfId());
        assertThat(file.numberOfTransactions()).isEqualTo(4);
        assertThat(file.controlSum()).isEqualTo(Money.ofCents(4_250 + 1 + 123_456 + 9_999));
        assertThat(file.requestedExecutionDate()).isEqualTo(NEXT_TARGET2_DAY);
        assertThat(file.debtor().iban().value()).isEqualTo("FR7630004000031234567890143");
        Map<String, CreditTransfer> byEndToEndId = file.transfers().stream()
                .collect(Collectors.toMap(CreditTransfer::endToEndId, Function.identity()));
        for (ClaimAdjudicated claim : claims) {
            CreditTransfer transfer = byEndToEndId.get(SepaIds.endToEndId(claim.claimId(), 1));
            assertThat(transfer.amount()).isEqualTo(claim.reimbursed());
            assertThat(transfer.remittance()).contains(claim.claimId().toString());
        }
        assertThat(byEndToEndId.get(SepaIds.endToEndId(claims.get(2).claimId(), 1)).creditorIban().value()).isEqualTo(IBAN_B);
        assertThat(byEndToEndId.get(SepaIds.endToEndId(claims.get(3).claimId(), 1)).creditorIban().value()).isEqualTo(IBAN_D);
        assertThat(file.transfers()).extracting(CreditTransfer::instrId).doesNotHaveDuplicates();
    }

    @Test
    void every_order_of_the_batch_is_announced_with_a_payment_issued_event_that_masks_the_iban() {
        String contract = newContract();
        registerAccount(contract, IBAN_C);
        ClaimAdjudicated claim = adjudicated(contract, 8_765);
        publish(claim);
        UUID orderId = awaitOrder(claim.claimId(), "READY").id();
        double issuedBefore = meters.counter("prestaflow.payments.issued", "payee", "member").count();

        UUID batchId = batchIdOf(createBatch());

        PaymentIssued issued = codec.read(awaitPaymentEvents(claim.claimId(), PaymentIssued.class, 1).getFirst().value(),
                PaymentIssued.class);
        assertThat(issued.paymentOrderId()).isEqualTo(orderId);
        assertThat(issued.batchId()).isEqualTo(batchId);
        assertThat(issued.amount()).isEqualTo(Money.ofCents(8_765));
        assertThat(issued.endToEndId()).isEqualTo(SepaIds.endToEndId(claim.claimId(), 1));
        assertThat(issued.maskedIban()).isEqualTo("FR76 •••• 0129");
        assertThat(issued.requestedExecutionDate()).isEqualTo(NEXT_TARGET2_DAY);
        assertThat(meters.counter("prestaflow.payments.issued", "payee", "member").count()).isGreaterThan(issuedBefore);
        assertThat(orders(claim.claimId())).singleElement().satisfies(order -> {
            assertThat(order.status()).isEqualTo("ISSUED");
            assertThat(order.batchId()).isEqualTo(batchId);
        });
    }

    @Test
    void ops_see_the_batch_with_its_status_counts_and_total() {
        String contract = newContract();
        registerAccount(contract, IBAN_A);
        drainReadyOrders();
        ClaimAdjudicated first = adjudicated(contract, 1_050);
        ClaimAdjudicated second = adjudicated(contract, 2_005);
        publish(first);
        publish(second);
        awaitOrder(first.claimId(), "READY");
        awaitOrder(second.claimId(), "READY");
        UUID batchId = batchIdOf(createBatch());

        MvcTestResult one = mvc.get().uri("/api/v1/payment-batches/{id}", batchId).header("X-Role", OPS).exchange();
        MvcTestResult list = mvc.get().uri("/api/v1/payment-batches").header("X-Role", OPS).exchange();

        JsonNode batch = body(one);
        assertThat(batch.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(batch.get("triggeredBy").asString()).isEqualTo("ON_DEMAND");
        assertThat(batch.get("transactionCount").asInt()).isEqualTo(2);
        assertThat(batch.get("total").get("cents").asLong()).isEqualTo(3_055);
        assertThat(batch.get("pendingCount").asInt()).isEqualTo(2);
        assertThat(batch.get("requestedExecutionDate").asString()).isEqualTo("2025-04-22");
        assertThat(body(list).valueStream().map(b -> b.get("id").asString())).contains(batchId.toString());
    }

    @Test
    void the_pain001_download_is_an_xml_attachment_named_after_the_message_id() {
        String contract = newContract();
        registerAccount(contract, IBAN_A);
        ClaimAdjudicated claim = adjudicated(contract, 700);
        publish(claim);
        awaitOrder(claim.claimId(), "READY");
        UUID batchId = batchIdOf(createBatch());

        MvcTestResult result = mvc.get().uri("/api/v1/payment-batches/{id}/pain001", batchId).header("X-Role", OPS).exchange();

        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_XML);
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"" + SepaIds.messageId(batchId) + ".xml\"");
    }

    @Test
    void downloading_the_pain001_is_audited_as_an_export_for_every_member_it_pays() {
        String contract = newContract();
        registerAccount(contract, IBAN_A);
        ClaimAdjudicated claim = adjudicated(contract, 700);
        publish(claim);
        awaitOrder(claim.claimId(), "READY");
        UUID batchId = batchIdOf(createBatch());
        String agent = AuditLog.newAgent();

        assertThat(mvc.get().uri("/api/v1/payment-batches/{id}/pain001", batchId).header("X-Role", OPS)
                .header("X-Agent", agent).header("X-Access-Reason", "FRAUD_CHECK").exchange()).hasStatusOk();

        assertThat(AuditLog.entriesOf(database, agent)).contains("EXPORT payment-batch " + batchId + " " + contract
                + " FRAUD_CHECK");
        assertThat(AuditLog.entriesAbout(database, contract)).containsExactly(
                "EXPORT payment-batch " + batchId + " " + contract + " FRAUD_CHECK");
    }

    @Test
    void asking_for_a_batch_when_nothing_is_ready_answers_no_content() {
        drainReadyOrders();

        MvcTestResult result = createBatch();

        assertThat(result).hasStatus(204);
        assertThat(result.getResponse().getContentAsByteArray()).isEmpty();
    }

    @Test
    void payment_batches_are_for_ops_only() {
        MvcTestResult byMember = mvc.post().uri("/api/v1/payment-batches").header("X-Member-Contract", newContract()).exchange();
        MvcTestResult anonymous = mvc.get().uri("/api/v1/payment-batches").exchange();

        assertThat(byMember).hasStatus(403);
        assertThat(body(byMember).get("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(anonymous).hasStatus(401);
        assertThat(body(anonymous).get("code").asString()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void an_unknown_batch_is_not_found() {
        MvcTestResult result = mvc.get().uri("/api/v1/payment-batches/{id}", UUID.randomUUID()).header("X-Role", OPS).exchange();

        assertThat(result).hasStatus(404);
        assertThat(body(result).get("code").asString()).isEqualTo("BATCH_NOT_FOUND");
    }

    private void registerPractitioner(String reference, String iban) {
        assertThat(mvc.put().uri("/api/v1/bank-accounts/practitioners/{ref}", reference).header("X-Role", OPS)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"iban": "%s", "holderName": "Cabinet d'optique Lumière"}""".formatted(iban))
                .exchange()).hasStatusOk();
    }
}
