package fr.prestaflow.intake.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review queue in the {@code intake} schema. */
@Repository
public class ReviewTasks {

    private static final String COLUMNS = """
            t.claim_id, t.queued_at, t.reason, t.taken_by, t.taken_until, t.decided_at, t.decided_by, t.decision,
            t.reason_code, t.decision_comment""";

    private final JdbcClient jdbc;

    ReviewTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Puts a claim in the queue, in the caller's transaction. */
    public void enqueue(UUID claimId, String reason, Instant at) {
        jdbc.sql("insert into review_task (claim_id, queued_at, reason) values (:id, :at, :reason) on conflict do nothing")
                .param("id", claimId).param("at", Timestamp.from(at)).param("reason", reason).update();
    }

    Optional<ReviewTask> find(UUID claimId) {
        return jdbc.sql("select " + COLUMNS + " from review_task t where t.claim_id = :id").param("id", claimId)
                .query(ReviewTasks::row).optional();
    }

    /** Locks the task until the end of the caller's transaction: one decision at a time. */
    Optional<ReviewTask> lock(UUID claimId) {
        return jdbc.sql("select " + COLUMNS + " from review_task t where t.claim_id = :id for update").param("id", claimId)
                .query(ReviewTasks::row).optional();
    }

    /** The undecided tasks matching the filter, oldest claim first. */
    List<ReviewTask> list(QueueFilter filter, Instant now, ZoneId zone) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, now, zone, params);
        params.put("limit", filter.size());
        params.put("offset", filter.offset());
        return jdbc.sql("select " + COLUMNS + " from review_task t join claim c on c.id = t.claim_id " + where
                        + " order by c.received_at, c.seq limit :limit offset :offset")
                .params(params).query(ReviewTasks::row).list();
    }

    long count(QueueFilter filter, Instant now, ZoneId zone) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, now, zone, params);
        return jdbc.sql("select count(*) from review_task t join claim c on c.id = t.claim_id " + where)
                .params(params).query(Long.class).single();
    }

    private static String where(QueueFilter filter, Instant now, ZoneId zone, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("where t.decided_at is null");
        params.put("now", Timestamp.from(now));
        if (filter.status() == QueueStatus.OPEN) {
            where.append(" and (t.taken_by is null or t.taken_until <= :now)");
        } else if (filter.status() == QueueStatus.TAKEN) {
            where.append(" and t.taken_by is not null and t.taken_until > :now");
        }
        if (filter.documentKind() != null) {
            where.append(" and exists (select 1 from claim_document cd where cd.claim_id = t.claim_id and cd.kind = :kind)");
            params.put("kind", filter.documentKind().name());
        }
        if (filter.from() != null) {
            where.append(" and c.received_at >= :from");
            params.put("from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" and c.received_at < :to");
            params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (filter.contract() != null) {
            where.append(" and c.member_contract = :contract");
            params.put("contract", filter.contract());
        }
        return where.toString();
    }

    /**
     * Gives the task to the agent unless another agent holds an unexpired take: one conditional update, so two agents
     * taking at once cannot both win. Taking again one's own task extends the take.
     */
    boolean take(UUID claimId, String agent, Instant now, Instant until) {
        return jdbc.sql("""
                        update review_task set taken_by = :agent, taken_at = :now, taken_until = :until
                        where claim_id = :id and decided_at is null
                          and (taken_by is null or taken_by = :agent or taken_until <= :now)""")
                .param("id", claimId).param("agent", agent)
                .param("now", Timestamp.from(now)).param("until", Timestamp.from(until))
                .update() == 1;
    }

    void decide(UUID claimId, String agent, Instant at, String decision, String reasonCode, String comment,
                String linesJson) {
        jdbc.sql("""
                        update review_task set decided_at = :at, decided_by = :agent, decision = :decision,
                                               reason_code = :reasonCode, decision_comment = :comment,
                                               decided_lines = cast(:lines as jsonb)
                        where claim_id = :id and decided_at is null""")
                .param("id", claimId).param("agent", agent).param("at", Timestamp.from(at))
                .param("decision", decision).param("reasonCode", reasonCode).param("comment", comment)
                .param("lines", linesJson)
                .update();
    }

    private static ReviewTask row(ResultSet rs, int n) throws SQLException {
        return new ReviewTask(rs.getObject("claim_id", UUID.class), instant(rs, "queued_at"), rs.getString("reason"),
                rs.getString("taken_by"), instant(rs, "taken_until"), instant(rs, "decided_at"),
                rs.getString("decided_by"), rs.getString("decision"), rs.getString("reason_code"),
                rs.getString("decision_comment"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
