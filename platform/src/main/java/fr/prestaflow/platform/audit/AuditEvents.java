package fr.prestaflow.platform.audit;

import fr.prestaflow.platform.web.AccessReason;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads this service's audit log for supervisors. */
public class AuditEvents {

    private static final String MATCHING = """
            from audit_event
            where (cast(:contract as varchar) is null or contract_number = :contract)
              and (cast(:agent as varchar) is null or agent = :agent)
              and (cast(:from as timestamptz) is null or occurred_at >= :from)
              and (cast(:to as timestamptz) is null or occurred_at < :to)
              and (cast(:action as varchar) is null or action = :action)
              and (cast(:type as varchar) is null or resource_type = :type)""";

    private final JdbcClient jdbc;

    public AuditEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public AuditPage search(AuditQuery query) {
        List<AuditEvent> items = bind(jdbc.sql("select * " + MATCHING
                        + " order by occurred_at desc, seq desc limit :limit offset :offset"), query)
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query(AuditEvents::map).list();
        long total = bind(jdbc.sql("select count(*) " + MATCHING), query).query(Long.class).single();
        return new AuditPage(items, query.page(), query.size(), total);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, AuditQuery query) {
        return statement
                .param("contract", query.contract())
                .param("agent", query.agent())
                .param("from", query.from() == null ? null : Timestamp.from(query.from()))
                .param("to", query.to() == null ? null : Timestamp.from(query.to()))
                .param("action", query.action() == null ? null : query.action().name())
                .param("type", query.resourceType());
    }

    private static AuditEvent map(ResultSet rs, int row) throws SQLException {
        return new AuditEvent(rs.getObject("id", UUID.class), rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("agent"), Arrays.stream(rs.getString("roles").split(",")).filter(r -> !r.isEmpty()).toList(),
                AuditAction.valueOf(rs.getString("action")), rs.getString("resource_type"), rs.getString("resource_id"),
                rs.getString("contract_number"), AccessReason.valueOf(rs.getString("reason")), rs.getString("request_id"),
                rs.getString("trace_id"), rs.getString("outcome"));
    }
}
