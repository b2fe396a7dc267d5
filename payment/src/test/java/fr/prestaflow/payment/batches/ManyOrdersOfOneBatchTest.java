package fr.prestaflow.payment.batches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.prestaflow.contracts.events.v1.ClaimAdjudicated;
import fr.prestaflow.contracts.events.v1.ClaimReimbursed;
import fr.prestaflow.contracts.events.v1.EventTypes;
import fr.prestaflow.contracts.events.v1.PaymentIssued;
import fr.prestaflow.contracts.identity.Iban;
import fr.prestaflow.contracts.money.Money;
import fr.prestaflow.payment.PaymentIntegrationTest;
import fr.prestaflow.testsupport.StatementCounter;
import fr.prestaflow.payment.orders.PaymentOrder;
import fr.prestaflow.payment.orders.PaymentOrders;
import fr.prestaflow.payment.sepa.CreditTransfer;
import fr.prestaflow.payment.sepa.CreditTransferBatch;
import fr.prestaflow.payment.sepa.SepaIds;
import fr.prestaflow.payment.sepa.SepaSchema;
import fr.prestaflow.payment.sepa.SepaSchemaValidator;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A batch of many orders, to payees with different accounts, is issued and then settled set-wise: every order once,
 * each with its own account and its own event, and an order that changed meanwhile as the single-order rules say.
 */
class ManyOrdersOfOneBatchTest extends PaymentIntegrationTest {

    private static final int ORDERS = 40;
    private static final List<String> IBANS = List.of(IBAN_A, IBAN_B, IBAN_C, IBAN_D);

    @Autowired PaymentOrders paymentOrders;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired SepaSchemaValidator validator;

    private record Paid(ClaimAdjudicated claim, String iban) {
    }

    @Test
    void every_order_of_a_large_batch_is_issued_once_to_its_own_account_with_one_payment_issued_event() {
        List<Paid> paid = readyOrders(ORDERS);

        UUID batchId = batchIdOf(StatementCounter.print("creating a batch of " + ORDERS + " orders", this::createBatch));

        CreditTransferBatch file = pain001Reader.read(pain001(batchId));
        assertThat(validator.problems(SepaSchema.PAIN_001_001_09, pain001(batchId))).isEmpty();
        assertThat(file.numberOfTransactions()).isEqualTo(ORDERS);
        assertThat(file.controlSum()).isEqualTo(paid.stream().map(p -> p.claim().reimbursed()).reduce(Money.ZERO, Money::plus));
        Map<String, CreditTransfer> transfers = file.transfers().stream()
                .collect(Collectors.toMap(CreditTransfer::endToEndId, Function.identity()));
        for (Paid p : paid) {
            OrderRow order = orders(p.claim().claimId()).getFirst();
            assertThat(order.status()).isEqualTo("ISSUED");
            assertThat(order.batchId()).isEqualTo(batchId);
            CreditTransfer transfer = transfers.get(order.endToEndId());
            assertThat(transfer.creditorIban().value()).isEqualTo(p.iban());
            assertThat(transfer.amount()).isEqualTo(p.claim().reimbursed());
            assertThat(outboxPayloads(p.claim().claimId(), PaymentIssued.class)).singleElement().satisfies(issued -> {
                assertThat(issued.paymentOrderId()).isEqualTo(order.id());
                assertThat(issued.batchId()).isEqualTo(batchId);
                assertThat(issued.amount()).isEqualTo(p.claim().reimbursed());
                assertThat(issued.maskedIban()).isEqualTo(new Iban(p.iban()).masked());
                assertThat(issued.requestedExecutionDate()).isEqualTo(NEXT_TARGET2_DAY);
            });
        }
    }

    @Test
    void an_order_no_longer_ready_when_the_batch_issues_it_fails_the_whole_batch_and_no_order_or_event_changes() {
        List<Paid> paid = readyOrders(5);
        List<PaymentOrder> locked = paid.stream().map(p -> onlyOrder(p.claim())).toList();
        PaymentOrder movedMeanwhile = locked.get(2);
        jdbc.sql("update payment_order set status = 'AWAITING_BANK_ACCOUNT', bank_account_id = null where id = :id")
                .param("id", movedMeanwhile.id()).update();
        UUID batchId = UUID.randomUUID();

        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            insertBatchRow(batchId, locked.size());
            paymentOrders.issue(locked, batchId, NEXT_TARGET2_DAY, Map.of());
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining(movedMeanwhile.id().toString());

        for (Paid p : paid) {
            OrderRow order = orders(p.claim().claimId()).getFirst();
            assertThat(order.status()).isEqualTo(order.id().equals(movedMeanwhile.id()) ? "AWAITING_BANK_ACCOUNT" : "READY");
            assertThat(order.batchId()).isNull();
            assertThat(outboxEvents(p.claim().claimId(), PaymentIssued.class)).isZero();
        }
    }

    @Test
    void a_report_accepting_every_transfer_pays_each_order_still_issued_once_and_leaves_one_that_failed_meanwhile() {
        List<Paid> paid = readyOrders(ORDERS);
        UUID batchId = batchIdOf(createBatch());
        ClaimAdjudicated failedMeanwhile = paid.get(7).claim();
        jdbc.sql("update payment_order set status = 'FAILED', failure_code = 'MS03' where claim_id = :claim")
                .param("claim", failedMeanwhile.claimId()).update();

        byte[] acceptingAll = statusReport(batchId, Map.of(), "ALL-OK-1");
        MvcTestResult imported = StatementCounter.print("importing a report accepting " + ORDERS + " transfers",
                () -> postReport(batchId, acceptingAll));
        MvcTestResult again = postReport(batchId, statusReport(batchId, Map.of(), "ALL-OK-2"));

        assertThat(imported).hasStatusOk();
        assertThat(body(imported).get("accepted").asInt()).isEqualTo(ORDERS);
        assertThat(body(again).get("duplicate").asBoolean()).isFalse();
        assertThat(body(again).get("batch").get("paidCount").asInt()).isEqualTo(ORDERS - 1);
        assertThat(body(again).get("batch").get("failedCount").asInt()).isOne();
        for (Paid p : paid) {
            UUID claimId = p.claim().claimId();
            if (claimId.equals(failedMeanwhile.claimId())) {
                assertThat(orders(claimId)).extracting(OrderRow::status).containsExactly("FAILED");
                assertThat(outboxEvents(claimId, ClaimReimbursed.class)).isZero();
                continue;
            }
            OrderRow order = orders(claimId).getFirst();
            assertThat(order.status()).isEqualTo("PAID");
            assertThat(outboxPayloads(claimId, ClaimReimbursed.class)).singleElement().satisfies(reimbursed -> {
                assertThat(reimbursed.paymentOrderId()).isEqualTo(order.id());
                assertThat(reimbursed.amount()).isEqualTo(p.claim().reimbursed());
                assertThat(reimbursed.maskedIban()).isEqualTo(new Iban(p.iban()).masked());
                assertThat(reimbursed.paidOn()).isEqualTo(NEXT_TARGET2_DAY);
            });
        }
    }

    /** READY orders, alone in the next batch, for payees paid to four different accounts. */
    private List<Paid> readyOrders(int count) {
        drainReadyOrders();
        List<String> contracts = new ArrayList<>();
        for (String iban : IBANS) {
            String contract = newContract();
            registerAccount(contract, iban);
            contracts.add(contract);
        }
        List<Paid> paid = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            paid.add(new Paid(adjudicated(contracts.get(i % IBANS.size()), 1_001 + 37L * i), IBANS.get(i % IBANS.size())));
        }
        paid.forEach(p -> publish(p.claim()));
        paid.forEach(p -> awaitOrder(p.claim().claimId(), "READY"));
        return paid;
    }

    private PaymentOrder onlyOrder(ClaimAdjudicated claim) {
        List<PaymentOrder> found = paymentOrders.search(Optional.of(claim.claimId()), Optional.empty(), 10);
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private void insertBatchRow(UUID batchId, int transactions) {
        jdbc.sql("""
                        insert into payment_batch (id, msg_id, pmt_inf_id, triggered_by, created_at, requested_execution_date,
                                                   transaction_count, control_sum, pain001)
                        values (:id, :msgId, :pmtInfId, 'ON_DEMAND', :now, :date, :count, 1, :xml)""")
                .param("id", batchId)
                .param("msgId", SepaIds.messageId(batchId))
                .param("pmtInfId", SepaIds.paymentInformationId(batchId))
                .param("now", Timestamp.from(NOW))
                .param("date", NEXT_TARGET2_DAY)
                .param("count", transactions)
                .param("xml", new byte[] {'<', '/', '>'})
                .update();
    }

    private <T> List<T> outboxPayloads(UUID claimId, Class<T> type) {
        return jdbc.sql("select payload::text from outbox_event_log where aggregateid = :claim and type = :type")
                .param("claim", claimId.toString()).param("type", EventTypes.typeOf(type))
                .query(String.class).list().stream().map(payload -> codec.read(payload, type)).toList();
    }
}
