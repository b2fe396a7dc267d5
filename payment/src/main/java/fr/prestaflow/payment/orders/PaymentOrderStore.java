package fr.prestaflow.payment.orders;

import fr.prestaflow.contracts.events.v1.Payee;
import fr.prestaflow.contracts.money.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PaymentOrderStore {

    private static final String COLUMNS = """
            id, claim_id, payee_kind, payee_reference, contract_number, attempt, end_to_end_id, adjudicated_amount,
            debt_offset, amount, status, bank_account_id, batch_id, failure_code, failure_reason, created_at, updated_at""";

    private final JdbcClient jdbc;

    PaymentOrderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @return false when the claim already has this attempt, or a live order, for this payee: a redelivered or replayed
     * event, refused by the unique constraints
     */
    boolean insertIfAbsent(PaymentOrder order) {
        return jdbc.sql("""
                        insert into payment_order (id, claim_id, payee_kind, payee_reference, contract_number, attempt,
                                                   end_to_end_id, adjudicated_amount, debt_offset, amount, status,
                                                   bank_account_id, created_at, updated_at)
                        values (:id, :claim, :kind, :reference, :contract, :attempt, :e2e, :adjudicated, :offset, :amount,
                                :status, :account, :at, :at)
                        on conflict do nothing""")
                .param("id", order.id())
                .param("claim", order.claimId())
                .param("kind", order.payee().kind().name())
                .param("reference", order.payee().reference())
                .param("contract", order.contractNumber())
                .param("attempt", order.attempt())
                .param("e2e", order.endToEndId())
                .param("adjudicated", order.adjudicatedAmount().cents())
                .param("offset", order.debtOffset().cents())
                .param("amount", order.amount().cents())
                .param("status", order.status().name())
                .param("account", order.bankAccountId())
                .param("at", Timestamp.from(order.createdAt()))
                .update() == 1;
    }

    /** Gives the waiting orders of a payee the account just registered. */
    List<PaymentOrder> readyAwaiting(Payee payee, UUID accountId, Instant now) {
        return jdbc.sql("update payment_order set status = 'READY', bank_account_id = :account, updated_at = :now"
                        + " where payee_kind = :kind and payee_reference = :reference and status = 'AWAITING_BANK_ACCOUNT'"
                        + " returning " + COLUMNS)
                .param("account", accountId)
                .param("now", Timestamp.from(now))
                .param("kind", payee.kind().name())
                .param("reference", payee.reference())
                .query(PaymentOrderStore::row).list();
    }

    /** READY orders paid to an account the bank rejected take the given account, or wait for one. */
    int redirectReady(UUID rejectedAccountId, Optional<UUID> accountInForce, Instant now) {
        return jdbc.sql("""
                        update payment_order
                           set bank_account_id = :account, updated_at = :now,
                               status = case when cast(:account as uuid) is null then 'AWAITING_BANK_ACCOUNT' else 'READY' end
                         where bank_account_id = :rejected and status = 'READY'""")
                .param("rejected", rejectedAccountId)
                .param("account", accountInForce.orElse(null))
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Locks the oldest READY orders; a concurrent batch (another replica, the scheduler) skips them. */
    List<PaymentOrder> lockReady(int limit) {
        return jdbc.sql("select " + COLUMNS + " from payment_order where status = 'READY'"
                        + " order by created_at, id limit :limit for update skip locked")
                .param("limit", limit)
                .query(PaymentOrderStore::row).list();
    }

    boolean issue(UUID orderId, UUID batchId, Instant now) {
        return jdbc.sql("update payment_order set status = 'ISSUED', batch_id = :batch, updated_at = :now"
                        + " where id = :id and status = 'READY'")
                .param("id", orderId).param("batch", batchId).param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** Only an ISSUED order moves on: a second report, or a late one, changes nothing. */
    boolean settle(UUID orderId, Instant now) {
        return jdbc.sql("update payment_order set status = 'PAID', updated_at = :now where id = :id and status = 'ISSUED'")
                .param("id", orderId).param("now", Timestamp.from(now))
                .update() == 1;
    }

    boolean fail(UUID orderId, String code, String reason, Instant now) {
        return jdbc.sql("""
                        update payment_order set status = 'FAILED', failure_code = :code, failure_reason = :reason,
                               updated_at = :now
                         where id = :id and status = 'ISSUED'""")
                .param("id", orderId).param("code", code).param("reason", reason).param("now", Timestamp.from(now))
                .update() == 1;
    }

    List<PaymentOrder> ofBatch(UUID batchId) {
        return jdbc.sql("select " + COLUMNS + " from payment_order where batch_id = :batch order by created_at, id")
                .param("batch", batchId)
                .query(PaymentOrderStore::row).list();
    }

    List<PaymentOrder> search(Optional<UUID> claimId, Optional<PaymentOrderStatus> status, int limit) {
        return jdbc.sql("select " + COLUMNS + " from payment_order"
                        + " where (cast(:claim as uuid) is null or claim_id = :claim)"
                        + " and (cast(:status as varchar) is null or status = :status)"
                        + " order by created_at desc, id limit :limit")
                .param("claim", claimId.orElse(null))
                .param("status", status.map(Enum::name).orElse(null))
                .param("limit", limit)
                .query(PaymentOrderStore::row).list();
    }

    /** Records a reversal's debt once per reversal claim. */
    boolean insertDebt(UUID id, Payee payee, UUID claimId, Money amount, Instant now) {
        return jdbc.sql("""
                        insert into member_debt (id, payee_kind, payee_reference, claim_id, amount, outstanding, created_at)
                        values (:id, :kind, :reference, :claim, :amount, :amount, :at)
                        on conflict (claim_id) do nothing""")
                .param("id", id)
                .param("kind", payee.kind().name())
                .param("reference", payee.reference())
                .param("claim", claimId)
                .param("amount", amount.cents())
                .param("at", Timestamp.from(now))
                .update() == 1;
    }

    record Debt(UUID id, Money outstanding) {
    }

    /** The payee's outstanding debts, oldest first, locked until the order that offsets them commits. */
    List<Debt> lockOutstandingDebts(Payee payee) {
        return jdbc.sql("""
                        select id, outstanding from member_debt
                         where payee_kind = :kind and payee_reference = :reference and outstanding > 0
                         order by created_at, id for update""")
                .param("kind", payee.kind().name())
                .param("reference", payee.reference())
                .query((rs, n) -> new Debt(rs.getObject("id", UUID.class), Money.ofCents(rs.getLong("outstanding"))))
                .list();
    }

    void reduceDebt(UUID debtId, Money by) {
        jdbc.sql("update member_debt set outstanding = outstanding - :by where id = :id")
                .param("id", debtId).param("by", by.cents()).update();
    }

    Money outstandingDebt(Payee payee) {
        return Money.ofCents(jdbc.sql("""
                        select coalesce(sum(outstanding), 0) from member_debt
                         where payee_kind = :kind and payee_reference = :reference""")
                .param("kind", payee.kind().name())
                .param("reference", payee.reference())
                .query(Long.class).single());
    }

    private static PaymentOrder row(ResultSet rs, int n) throws SQLException {
        return new PaymentOrder(
                rs.getObject("id", UUID.class),
                rs.getObject("claim_id", UUID.class),
                new Payee(Payee.Kind.valueOf(rs.getString("payee_kind")), rs.getString("payee_reference")),
                rs.getString("contract_number"),
                rs.getInt("attempt"),
                rs.getString("end_to_end_id"),
                Money.ofCents(rs.getLong("adjudicated_amount")),
                Money.ofCents(rs.getLong("debt_offset")),
                Money.ofCents(rs.getLong("amount")),
                PaymentOrderStatus.valueOf(rs.getString("status")),
                rs.getObject("bank_account_id", UUID.class),
                rs.getObject("batch_id", UUID.class),
                rs.getString("failure_code"),
                rs.getString("failure_reason"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
