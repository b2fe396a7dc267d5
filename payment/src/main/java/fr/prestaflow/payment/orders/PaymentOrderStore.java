package fr.prestaflow.payment.orders;

import fr.prestaflow.contracts.events.v1.Payee;
import fr.prestaflow.contracts.money.Money;
import fr.prestaflow.platform.messaging.DeferredInserts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PaymentOrderStore {

    private static final String COLUMNS = """
            id, claim_id, payee_kind, payee_reference, contract_number, attempt, end_to_end_id, adjudicated_amount,
            debt_offset, amount, status, bank_account_id, batch_id, failure_code, failure_reason, created_at, updated_at""";

    private static final String INSERT = """
            insert into payment_order (id, claim_id, payee_kind, payee_reference, contract_number, attempt,
                                       end_to_end_id, adjudicated_amount, debt_offset, amount, status,
                                       bank_account_id, created_at, updated_at)
            values (:id, :claim, :kind, :reference, :contract, :attempt, :e2e, :adjudicated, :offset, :amount,
                    :status, :account, :at, :at)
            on conflict do nothing""";

    // The phase column (V4) groups the statuses as the partial indexes need them: a query on a phase uses its index.
    private static final int AWAITING = 0;
    private static final int READY = 1;

    private final JdbcClient jdbc;
    private final DeferredInserts inserts;

    PaymentOrderStore(JdbcClient jdbc, DeferredInserts inserts) {
        this.jdbc = jdbc;
        this.inserts = inserts;
    }

    /**
     * @return false when the claim already has this attempt, or a live order, for this payee: a redelivered or replayed
     * event, refused by the unique constraints
     */
    boolean insertIfAbsent(PaymentOrder order) {
        inserts.flush();
        return jdbc.sql(INSERT).paramSource(parameters(order)).update() == 1;
    }

    /**
     * In a poll's transaction, the order goes in with the poll's other rows just before the commit, when the caller
     * already knows that the claim has no order (every statement here on payment_order writes it first). The unique
     * constraints still refuse a second order, silently.
     */
    void insertWithPoll(PaymentOrder order) {
        inserts.insert(INSERT, List.of(parameters(order)));
    }

    private static MapSqlParameterSource parameters(PaymentOrder order) {
        return new MapSqlParameterSource()
                .addValue("id", order.id())
                .addValue("claim", order.claimId())
                .addValue("kind", order.payee().kind().name())
                .addValue("reference", order.payee().reference())
                .addValue("contract", order.contractNumber())
                .addValue("attempt", order.attempt())
                .addValue("e2e", order.endToEndId())
                .addValue("adjudicated", order.adjudicatedAmount().cents())
                .addValue("offset", order.debtOffset().cents())
                .addValue("amount", order.amount().cents())
                .addValue("status", order.status().name())
                .addValue("account", order.bankAccountId())
                .addValue("at", Timestamp.from(order.createdAt()));
    }

    /** The claims of {@code claimIds} that have a payment order already, whatever its payee, attempt or status. */
    Set<UUID> withOrder(Collection<UUID> claimIds) {
        inserts.flush();
        if (claimIds.isEmpty()) {
            return new HashSet<>();
        }
        // Joined to the claims rather than "claim_id = any(:claims)": until the table has statistics (filled by a first
        // large file faster than autovacuum analyses it) the planner scans it whole for that form, ~3 ms a poll at
        // 10,000 orders, instead of probing the index that claim_id leads.
        return new HashSet<>(jdbc.sql("""
                        select claim_id from unnest(cast(:claims as uuid[])) as asked(claim_id)
                         where exists (select from payment_order o where o.claim_id = asked.claim_id)""")
                .param("claims", claimIds.toArray(UUID[]::new))
                .query(UUID.class)
                .list());
    }

    /** Gives the waiting orders of a payee the account just registered. */
    List<PaymentOrder> readyAwaiting(Payee payee, UUID accountId, Instant now) {
        inserts.flush();
        return jdbc.sql("update payment_order set status = 'READY', bank_account_id = :account, updated_at = :now"
                        + " where payee_kind = :kind and payee_reference = :reference and phase = " + AWAITING
                        + " returning " + COLUMNS)
                .param("account", accountId)
                .param("now", Timestamp.from(now))
                .param("kind", payee.kind().name())
                .param("reference", payee.reference())
                .query(PaymentOrderStore::row).list();
    }

    /** READY orders paid to an account the bank rejected take the given account, or wait for one. */
    int redirectReady(UUID rejectedAccountId, Optional<UUID> accountInForce, Instant now) {
        inserts.flush();
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
        inserts.flush();
        return jdbc.sql("select " + COLUMNS + " from payment_order where phase = " + READY
                        + " order by created_at, id limit :limit for update skip locked")
                .param("limit", limit)
                .query(PaymentOrderStore::row).list();
    }

    /** Of the orders given, those still READY are ISSUED in the batch; returns their ids. */
    Set<UUID> issue(Collection<UUID> orderIds, UUID batchId, Instant now) {
        return move(orderIds, PaymentOrderStatus.READY, "status = 'ISSUED', batch_id = :batch",
                new MapSqlParameterSource("batch", batchId), now);
    }

    /**
     * Of the orders given, those still ISSUED are PAID; returns their ids. Only an ISSUED order moves on: a second
     * report, or a late one, changes nothing.
     */
    Set<UUID> settle(Collection<UUID> orderIds, Instant now) {
        return move(orderIds, PaymentOrderStatus.ISSUED, "status = 'PAID'", new MapSqlParameterSource(), now);
    }

    private Set<UUID> move(Collection<UUID> orderIds, PaymentOrderStatus from, String assignments,
                           MapSqlParameterSource parameters, Instant now) {
        inserts.flush();
        if (orderIds.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(jdbc.sql("update payment_order set " + assignments + ", updated_at = :now"
                        + " where id in (select unnest(cast(:ids as uuid[]))) and status = :from returning id")
                .paramSource(parameters
                        .addValue("ids", orderIds.toArray(UUID[]::new))
                        .addValue("from", from.name())
                        .addValue("now", Timestamp.from(now)))
                .query(UUID.class)
                .list());
    }

    boolean fail(UUID orderId, String code, String reason, Instant now) {
        inserts.flush();
        return jdbc.sql("""
                        update payment_order set status = 'FAILED', failure_code = :code, failure_reason = :reason,
                               updated_at = :now
                         where id = :id and status = 'ISSUED'""")
                .param("id", orderId).param("code", code).param("reason", reason).param("now", Timestamp.from(now))
                .update() == 1;
    }

    List<PaymentOrder> ofBatch(UUID batchId) {
        inserts.flush();
        return jdbc.sql("select " + COLUMNS + " from payment_order where batch_id = :batch order by created_at, id")
                .param("batch", batchId)
                .query(PaymentOrderStore::row).list();
    }

    List<PaymentOrder> search(Optional<UUID> claimId, Optional<PaymentOrderStatus> status, int limit) {
        inserts.flush();
        return jdbc.sql("select " + COLUMNS + " from payment_order"
                        + " where (cast(:claim as uuid) is null or claim_id = :claim)"
                        + " and (cast(:status as varchar) is null or status = :status)"
                        + " order by created_at desc, id limit :limit")
                .param("claim", claimId.orElse(null))
                .param("status", status.map(Enum::name).orElse(null))
                .param("limit", limit)
                .query(PaymentOrderStore::row).list();
    }

    // member_debt rows are written at once, never deferred: its statements below need no flush.

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

    /** {@link #lockOutstandingDebts} for several payees in one query; a payee who owes nothing maps to no debt. */
    Map<Payee, List<Debt>> lockOutstandingDebts(Collection<Payee> payees) {
        Map<Payee, List<Debt>> debts = new HashMap<>();
        payees.forEach(payee -> debts.put(payee, new ArrayList<>()));
        if (payees.isEmpty()) {
            return debts;
        }
        jdbc.sql("""
                        select payee_kind, payee_reference, id, outstanding from member_debt
                         where (payee_kind, payee_reference) in
                               (select * from unnest(cast(:kinds as varchar[]), cast(:references as varchar[])))
                           and outstanding > 0
                         order by payee_kind, payee_reference, created_at, id for update""")
                .param("kinds", payees.stream().map(payee -> payee.kind().name()).toArray(String[]::new))
                .param("references", payees.stream().map(Payee::reference).toArray(String[]::new))
                .query(rs -> {
                    var payee = new Payee(Payee.Kind.valueOf(rs.getString("payee_kind")), rs.getString("payee_reference"));
                    debts.get(payee).add(debt(rs));
                });
        return debts;
    }

    /** The payee's outstanding debts, oldest first, locked until the order that offsets them commits. */
    List<Debt> lockOutstandingDebts(Payee payee) {
        return jdbc.sql("""
                        select id, outstanding from member_debt
                         where payee_kind = :kind and payee_reference = :reference and outstanding > 0
                         order by created_at, id for update""")
                .param("kind", payee.kind().name())
                .param("reference", payee.reference())
                .query((rs, n) -> debt(rs))
                .list();
    }

    private static Debt debt(ResultSet rs) throws SQLException {
        return new Debt(rs.getObject("id", UUID.class), Money.ofCents(rs.getLong("outstanding")));
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
