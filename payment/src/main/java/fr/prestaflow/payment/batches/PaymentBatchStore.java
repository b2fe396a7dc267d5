package fr.prestaflow.payment.batches;

import fr.prestaflow.contracts.money.Money;
import fr.prestaflow.payment.sepa.CreditTransferBatch;
import fr.prestaflow.platform.ids.TimeOrderedIds;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PaymentBatchStore {

    // Counts and sums per status of the batch's orders; a failed order stays in the batch that carried it.
    private static final String VIEW = """
            select b.id, b.msg_id, b.triggered_by, b.created_at, b.submitted_at, b.requested_execution_date,
                   b.transaction_count, b.control_sum,
                   count(o.id) filter (where o.status = 'PAID') as paid_count,
                   coalesce(sum(o.amount) filter (where o.status = 'PAID'), 0) as paid_total,
                   count(o.id) filter (where o.status = 'FAILED') as failed_count,
                   coalesce(sum(o.amount) filter (where o.status = 'FAILED'), 0) as failed_total,
                   count(o.id) filter (where o.status = 'ISSUED') as pending_count,
                   coalesce(sum(o.amount) filter (where o.status = 'ISSUED'), 0) as pending_total
              from payment_batch b left join payment_order o on o.batch_id = b.id
            """;

    private final JdbcClient jdbc;

    PaymentBatchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Batch(UUID id, String msgId, LocalDate requestedExecutionDate) {
    }

    void insert(UUID id, CreditTransferBatch batch, BatchTrigger trigger, Instant createdAt, byte[] pain001) {
        jdbc.sql("""
                        insert into payment_batch (id, msg_id, pmt_inf_id, triggered_by, created_at, requested_execution_date,
                                                   transaction_count, control_sum, pain001)
                        values (:id, :msgId, :pmtInfId, :trigger, :createdAt, :executionDate, :count, :sum, :xml)""")
                .param("id", id)
                .param("msgId", batch.msgId())
                .param("pmtInfId", batch.pmtInfId())
                .param("trigger", trigger.name())
                .param("createdAt", Timestamp.from(createdAt))
                .param("executionDate", batch.requestedExecutionDate())
                .param("count", batch.numberOfTransactions())
                .param("sum", batch.controlSum().cents())
                .param("xml", pain001)
                .update();
    }

    Optional<Batch> find(UUID id) {
        return jdbc.sql("select id, msg_id, requested_execution_date from payment_batch where id = :id")
                .param("id", id)
                .query(PaymentBatchStore::batch).optional();
    }

    /** Serialises the status-report imports of one batch. */
    Optional<Batch> lock(UUID id) {
        return jdbc.sql("select id, msg_id, requested_execution_date from payment_batch where id = :id for update")
                .param("id", id)
                .query(PaymentBatchStore::batch).optional();
    }

    Optional<BatchView> view(UUID id) {
        return jdbc.sql(VIEW + " where b.id = :id group by b.id").param("id", id)
                .query(PaymentBatchStore::view).optional();
    }

    List<BatchView> newest(int limit) {
        return jdbc.sql(VIEW + " group by b.id order by b.created_at desc, b.id limit :limit").param("limit", limit)
                .query(PaymentBatchStore::view).list();
    }

    Optional<byte[]> pain001(UUID id) {
        return jdbc.sql("select pain001 from payment_batch where id = :id").param("id", id)
                .query((rs, n) -> rs.getBytes("pain001")).optional();
    }

    /** Batches not yet handed to the bank, locked so that one run submits each. */
    List<UUID> lockUnsubmitted(int limit) {
        return jdbc.sql("""
                        select id from payment_batch where submitted_at is null
                         order by created_at, id limit :limit for update skip locked""")
                .param("limit", limit)
                .query(UUID.class).list();
    }

    void markSubmitted(UUID id, Instant at) {
        jdbc.sql("update payment_batch set submitted_at = :at where id = :id and submitted_at is null")
                .param("id", id).param("at", Timestamp.from(at)).update();
    }

    boolean reportKnown(UUID batchId, String reportMsgId) {
        return jdbc.sql("select count(*) from status_report where batch_id = :batch and msg_id = :msgId")
                .param("batch", batchId).param("msgId", reportMsgId)
                .query(Long.class).single() > 0;
    }

    void insertReport(UUID batchId, String reportMsgId, String groupStatus, Instant at, byte[] xml) {
        jdbc.sql("""
                        insert into status_report (id, batch_id, msg_id, group_status, received_at, xml)
                        values (:id, :batch, :msgId, :status, :at, :xml)""")
                .param("id", TimeOrderedIds.next())
                .param("batch", batchId)
                .param("msgId", reportMsgId)
                .param("status", groupStatus)
                .param("at", Timestamp.from(at))
                .param("xml", xml)
                .update();
    }

    private static Batch batch(ResultSet rs, int n) throws SQLException {
        return new Batch(rs.getObject("id", UUID.class), rs.getString("msg_id"),
                rs.getObject("requested_execution_date", LocalDate.class));
    }

    private static BatchView view(ResultSet rs, int n) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        Instant submittedAt = submitted == null ? null : submitted.toInstant();
        int paid = rs.getInt("paid_count");
        int failed = rs.getInt("failed_count");
        int pending = rs.getInt("pending_count");
        return new BatchView(
                rs.getObject("id", UUID.class),
                rs.getString("msg_id"),
                BatchView.statusOf(submittedAt, paid, failed, pending),
                rs.getString("triggered_by"),
                rs.getTimestamp("created_at").toInstant(),
                submittedAt,
                rs.getObject("requested_execution_date", LocalDate.class),
                rs.getInt("transaction_count"),
                Money.ofCents(rs.getLong("control_sum")),
                paid, Money.ofCents(rs.getLong("paid_total")),
                failed, Money.ofCents(rs.getLong("failed_total")),
                pending, Money.ofCents(rs.getLong("pending_total")));
    }
}
