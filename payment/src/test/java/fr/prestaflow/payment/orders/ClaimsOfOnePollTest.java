package fr.prestaflow.payment.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.events.v1.ClaimAdjudicated;
import fr.prestaflow.contracts.events.v1.ClaimEvent;
import fr.prestaflow.contracts.events.v1.Payee;
import fr.prestaflow.payment.PaymentIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several claims of one payee in one poll, applied in one transaction from what the poll read once and kept current: the
 * outcome is the one they would have had one by one. Each test checks that its claims did share a poll (their
 * processed-message markers carry the same transaction time), since a failure in the poll would be recovered record by
 * record and hide a mistake in the poll's bookkeeping.
 */
class ClaimsOfOnePollTest extends PaymentIntegrationTest {

    @Autowired KafkaListenerEndpointRegistry listeners;
    @Autowired PaymentOrders paymentOrders;
    @Autowired PlatformTransactionManager transactionManager;

    @Test
    void one_debt_is_offset_across_the_claims_of_a_poll_in_their_order_never_below_zero() {
        String contract = newContract();
        registerAccount(contract, IBAN_A);
        owes(contract, 3_000);
        ClaimAdjudicated first = adjudicated(contract, 1_000);
        ClaimAdjudicated second = adjudicated(contract, 1_500);
        ClaimAdjudicated third = adjudicated(contract, 2_000);

        publishInOnePoll(first, second, third);

        assertThat(onlyOrder(first)).satisfies(order -> {
            assertThat(order.status()).isEqualTo("OFFSET");
            assertThat(order.debtOffset()).isEqualTo(1_000);
            assertThat(order.amount()).isZero();
        });
        assertThat(onlyOrder(second)).satisfies(order -> {
            assertThat(order.status()).isEqualTo("OFFSET");
            assertThat(order.debtOffset()).isEqualTo(1_500);
            assertThat(order.amount()).isZero();
        });
        assertThat(onlyOrder(third)).satisfies(order -> {
            assertThat(order.status()).isEqualTo("READY");
            assertThat(order.debtOffset()).isEqualTo(500);
            assertThat(order.amount()).isEqualTo(1_500);
        });
        assertThat(outstandingDebt(contract)).isZero();
    }

    @Test
    void a_claim_that_has_an_order_gets_no_second_one_nor_a_second_offset_when_replayed_in_a_poll() {
        String contract = newContract();
        registerAccount(contract, IBAN_A);
        owes(contract, 5_000);
        ClaimAdjudicated paidBefore = adjudicated(contract, 500);
        awaitConsumed(publish(paidBefore));
        ClaimAdjudicated twiceInThePoll = adjudicated(contract, 2_000);

        publishInOnePoll(paidBefore, twiceInThePoll, twiceInThePoll);

        assertThat(onlyOrder(paidBefore).debtOffset()).isEqualTo(500);
        assertThat(onlyOrder(twiceInThePoll)).satisfies(order -> {
            assertThat(order.status()).isEqualTo("OFFSET");
            assertThat(order.debtOffset()).isEqualTo(2_000);
        });
        assertThat(outstandingDebt(contract)).isEqualTo(2_500);
    }

    @Test
    void orders_of_a_poll_wait_when_their_payee_has_no_bank_account_and_are_ready_when_it_has_one() {
        String withAccount = newContract();
        registerAccount(withAccount, IBAN_A);
        String withoutAccount = newContract();
        ClaimAdjudicated paid = adjudicated(withAccount, 1_200);
        ClaimAdjudicated waiting = adjudicated(withoutAccount, 3_400);
        ClaimAdjudicated paidAgain = adjudicated(withAccount, 5_600);
        ClaimAdjudicated waitingAgain = adjudicated(withoutAccount, 7_800);

        publishInOnePoll(paid, waiting, paidAgain, waitingAgain);

        UUID account = onlyOrder(paid).bankAccountId();
        assertThat(account).isNotNull();
        assertThat(List.of(onlyOrder(paid), onlyOrder(paidAgain))).allSatisfy(order -> {
            assertThat(order.status()).isEqualTo("READY");
            assertThat(order.bankAccountId()).isEqualTo(account);
        });
        assertThat(List.of(onlyOrder(waiting), onlyOrder(waitingAgain))).allSatisfy(order -> {
            assertThat(order.status()).isEqualTo("AWAITING_BANK_ACCOUNT");
            assertThat(order.bankAccountId()).isNull();
        });
        assertThat(onlyOrder(waitingAgain).amount()).isEqualTo(7_800);
    }

    @Test
    void a_reversal_in_a_poll_is_offset_against_the_claims_of_the_payee_that_follow_it_in_the_same_poll() {
        String contract = newContract();
        registerAccount(contract, IBAN_A);
        ClaimAdjudicated before = adjudicated(contract, 1_000);
        ClaimAdjudicated reversal = adjudicated(UUID.randomUUID(), contract, Payee.member(contract), 3_000, true);
        ClaimAdjudicated after = adjudicated(contract, 2_000);

        publishInOnePoll(before, reversal, after);

        assertThat(onlyOrder(before)).satisfies(order -> {
            assertThat(order.status()).isEqualTo("READY");
            assertThat(order.debtOffset()).isZero();
        });
        assertThat(orders(reversal.claimId())).isEmpty();
        assertThat(onlyOrder(after)).satisfies(order -> {
            assertThat(order.status()).isEqualTo("OFFSET");
            assertThat(order.debtOffset()).isEqualTo(2_000);
        });
        assertThat(outstandingDebt(contract)).isEqualTo(1_000);
    }

    @Test
    void a_claim_handled_outside_a_poll_writes_its_order_and_its_offset_at_once() {
        String contract = newContract();
        registerAccount(contract, IBAN_A);
        owes(contract, 300);
        ClaimAdjudicated claim = adjudicated(contract, 1_000);

        List<OrderRow> seenInTheTransaction = new TransactionTemplate(transactionManager).execute(status -> {
            paymentOrders.adjudicated(claim);
            paymentOrders.adjudicated(claim);
            return orders(claim.claimId());
        });

        assertThat(seenInTheTransaction).singleElement().satisfies(order -> {
            assertThat(order.status()).isEqualTo("READY");
            assertThat(order.debtOffset()).isEqualTo(300);
            assertThat(order.amount()).isEqualTo(700);
        });
        assertThat(outstandingDebt(contract)).isZero();
    }

    private void owes(String contract, long cents) {
        awaitConsumed(publish(adjudicated(UUID.randomUUID(), contract, Payee.member(contract), cents, true)));
        assertThat(outstandingDebt(contract)).isEqualTo(cents);
    }

    /**
     * Sends the events without waiting for each while the listener is paused, so that its next poll takes them all; one
     * partition, so that they are applied in the order given.
     */
    private void publishInOnePoll(ClaimEvent... events) {
        MessageListenerContainer listener = adjudicationListener();
        List<UUID> eventIds = new ArrayList<>();
        listener.pause();
        try {
            await().atMost(Duration.ofSeconds(30)).until(listener::isContainerPaused);
            for (ClaimEvent event : events) {
                UUID eventId = UUID.randomUUID();
                ProducerRecord<String, String> keyed = record(event, eventId);
                kafka.send(new ProducerRecord<>(keyed.topic(), 0, keyed.key(), keyed.value(), keyed.headers()));
                eventIds.add(eventId);
            }
            kafka.flush();
        } finally {
            listener.resume();
        }
        eventIds.forEach(this::awaitConsumed);
        assertThat(jdbc.sql("""
                        select count(distinct processed_at) from processed_message
                         where consumer = 'payment-orders' and event_id = any(:ids)""")
                .param("ids", eventIds.toArray(UUID[]::new)).query(Long.class).single())
                .as("transactions that applied the poll").isOne();
    }

    private MessageListenerContainer adjudicationListener() {
        return listeners.getListenerContainers().stream()
                .filter(container -> container.getContainerProperties().getTopics() != null
                        && Arrays.asList(container.getContainerProperties().getTopics()).contains(Topics.ADJUDICATION_CLAIMS))
                .findFirst().orElseThrow();
    }

    private OrderRow onlyOrder(ClaimAdjudicated claim) {
        List<OrderRow> orders = orders(claim.claimId());
        assertThat(orders).hasSize(1);
        return orders.getFirst();
    }

    private long outstandingDebt(String contract) {
        return jdbc.sql("select coalesce(sum(outstanding), 0) from member_debt where payee_reference = :contract")
                .param("contract", contract).query(Long.class).single();
    }
}
