package fr.prestaflow.payment.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.prestaflow.contracts.events.v1.ClaimAdjudicated;
import fr.prestaflow.contracts.events.v1.ClaimRejected;
import fr.prestaflow.contracts.events.v1.Payee;
import fr.prestaflow.payment.PaymentIntegrationTest;
import fr.prestaflow.payment.sepa.SepaIds;
import fr.prestaflow.testsupport.AuditLog;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

class AdjudicatedClaimsTest extends PaymentIntegrationTest {

    @Autowired DataSource database;

    @Test
    void an_adjudicated_claim_becomes_one_ready_order_for_exactly_the_reimbursed_amount() {
        String contract = newContract();
        registerAccount(contract, IBAN_A);
        ClaimAdjudicated claim = adjudicated(contract, 4_250);

        publish(claim);

        OrderRow order = awaitOrder(claim.claimId(), "READY");
        assertThat(order.amount()).isEqualTo(4_250);
        assertThat(order.attempt()).isEqualTo(1);
        assertThat(order.endToEndId()).isEqualTo(SepaIds.endToEndId(claim.claimId(), 1));
        assertThat(order.bankAccountId()).isNotNull();
    }

    @Test
    void an_ops_search_of_a_claim_s_payment_is_audited_with_the_member_paid() {
        String contract = newContract();
        registerAccount(contract, IBAN_A);
        ClaimAdjudicated claim = adjudicated(contract, 4_250);
        publish(claim);
        awaitOrder(claim.claimId(), "READY");
        String agent = AuditLog.newAgent();

        assertThat(mvc.get().uri("/api/v1/payment-orders?claimId={id}", claim.claimId()).header("X-Role", OPS)
                .header("X-Agent", agent).exchange()).hasStatusOk();

        assertThat(AuditLog.entriesOf(database, agent)).containsExactly(
                "READ payment-order claimId=" + claim.claimId() + " " + contract + " PAYMENT_INVESTIGATION");
    }

    @Test
    void the_same_event_delivered_twice_creates_one_order() {
        String contract = newContract();
        registerAccount(contract, IBAN_A);
        ClaimAdjudicated claim = adjudicated(contract, 1_999);
        UUID eventId = UUID.randomUUID();

        publish(claim, eventId);
        publish(claim, eventId);

        awaitEverythingConsumedFor(claim.claimId());
        assertThat(orders(claim.claimId())).singleElement()
                .satisfies(order -> assertThat(order.status()).isEqualTo("READY"));
    }

    @Test
    void a_replay_of_the_claim_under_a_new_event_id_creates_no_second_order() {
        String contract = newContract();
        registerAccount(contract, IBAN_A);
        ClaimAdjudicated claim = adjudicated(contract, 2_000);
        publish(claim);
        awaitOrder(claim.claimId(), "READY");

        UUID replay = publish(claim);

        awaitConsumed(replay);
        assertThat(orders(claim.claimId())).singleElement().satisfies(order -> assertThat(order.amount()).isEqualTo(2_000));
    }

    @Test
    void the_database_itself_refuses_a_second_live_order_for_the_same_claim_and_payee() {
        String contract = newContract();
        registerAccount(contract, IBAN_A);
        ClaimAdjudicated claim = adjudicated(contract, 3_000);
        publish(claim);
        awaitOrder(claim.claimId(), "READY");

        assertThatThrownBy(() -> jdbc.sql("""
                        insert into payment_order (id, claim_id, payee_kind, payee_reference, attempt, end_to_end_id,
                                                   adjudicated_amount, amount, status, created_at, updated_at)
                        values (:id, :claim, 'MEMBER', :contract, 2, :e2e, 3000, 3000, 'AWAITING_BANK_ACCOUNT', :at, :at)""")
                .param("id", UUID.randomUUID()).param("claim", claim.claimId()).param("contract", contract)
                .param("e2e", SepaIds.endToEndId(claim.claimId(), 2)).param("at", Timestamp.from(NOW))
                .update())
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void a_claim_with_nothing_to_pay_creates_no_order() {
        String contract = newContract();
        registerAccount(contract, IBAN_A);
        ClaimAdjudicated claim = adjudicated(contract, 0);

        UUID eventId = publish(claim);

        awaitConsumed(eventId);
        assertThat(orders(claim.claimId())).isEmpty();
    }

    @Test
    void other_events_of_the_adjudication_topic_are_ignored() {
        var rejected = new ClaimRejected(UUID.randomUUID(), NOW, "adjudication", List.of("NOT_COVERED"), "Hors garanties",
                List.of());

        UUID eventId = publish(rejected);

        awaitConsumed(eventId);
        assertThat(orders(rejected.claimId())).isEmpty();
    }

    @Test
    void an_order_for_a_member_without_bank_account_waits_and_is_ready_once_the_account_is_registered() {
        String contract = newContract();
        ClaimAdjudicated claim = adjudicated(contract, 6_180);
        publish(claim);
        OrderRow waiting = awaitOrder(claim.claimId(), "AWAITING_BANK_ACCOUNT");
        assertThat(waiting.bankAccountId()).isNull();

        registerAccount(contract, IBAN_B);

        assertThat(orders(claim.claimId())).singleElement().satisfies(order -> {
            assertThat(order.status()).isEqualTo("READY");
            assertThat(order.bankAccountId()).isNotNull();
            assertThat(order.amount()).isEqualTo(6_180);
        });
    }

    @Test
    void an_order_keeps_the_account_in_force_when_it_was_created_even_if_the_member_changes_it_later() {
        String contract = newContract();
        registerAccount(contract, IBAN_A);
        ClaimAdjudicated claim = adjudicated(contract, 1_000);
        publish(claim);
        UUID accountAtCreation = awaitOrder(claim.claimId(), "READY").bankAccountId();

        registerAccount(contract, IBAN_B);

        assertThat(orders(claim.claimId())).singleElement()
                .satisfies(order -> assertThat(order.bankAccountId()).isEqualTo(accountAtCreation));
    }

    /**
     * A reversal makes the member owe what was paid; their next orders are reduced by it, oldest debt first, never
     * below zero. An order entirely offset pays nothing (status OFFSET).
     */
    @Test
    void a_reversal_creates_no_transfer_but_a_debt_offset_against_the_next_orders_of_the_contract() {
        String contract = newContract();
        registerAccount(contract, IBAN_A);
        ClaimAdjudicated reversal = adjudicated(UUID.randomUUID(), contract, Payee.member(contract), 3_000, true);
        UUID reversalEvent = publish(reversal);
        awaitConsumed(reversalEvent);
        UUID replayedReversal = publish(reversal);
        awaitConsumed(replayedReversal);
        assertThat(orders(reversal.claimId())).isEmpty();
        assertThat(outstandingDebt(contract)).isEqualTo(3_000);

        ClaimAdjudicated smaller = adjudicated(contract, 2_000);
        publish(smaller);
        OrderRow offset = awaitOrder(smaller.claimId(), "OFFSET");
        ClaimAdjudicated larger = adjudicated(contract, 5_000);
        publish(larger);
        OrderRow reduced = awaitOrder(larger.claimId(), "READY");

        assertThat(offset.amount()).isZero();
        assertThat(offset.debtOffset()).isEqualTo(2_000);
        assertThat(reduced.amount()).isEqualTo(4_000);
        assertThat(reduced.debtOffset()).isEqualTo(1_000);
        assertThat(outstandingDebt(contract)).isZero();
    }

    private long outstandingDebt(String contract) {
        return jdbc.sql("select coalesce(sum(outstanding), 0) from member_debt where payee_reference = :contract")
                .param("contract", contract).query(Long.class).single();
    }
}
