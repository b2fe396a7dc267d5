package fr.prestaflow.platform.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The service's {@code retention_record} table (platform migration {@code V0_5}).
 * One row per contract and category, so a repeated erasure updates the row instead of adding one.
 */
public class RetentionRecords {

    private final JdbcClient jdbc;

    public RetentionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String contract, ErasureReport.Kept kept, Instant at) {
        jdbc.sql("""
                        insert into retention_record (contract, category, legal_basis, kept_until, recorded_at)
                        values (:contract, :category, :basis, :until, :at)
                        on conflict (contract, category) do update
                        set legal_basis = excluded.legal_basis, kept_until = excluded.kept_until, recorded_at = excluded.recorded_at""")
                .param("contract", contract)
                .param("category", kept.category())
                .param("basis", kept.legalBasis())
                .param("until", kept.keptUntil())
                .param("at", Timestamp.from(at))
                .update();
    }

    public List<RetentionRecord> of(String contract) {
        return jdbc.sql("""
                        select contract, category, legal_basis, kept_until, recorded_at from retention_record
                        where contract = :contract order by category""")
                .param("contract", contract)
                .query((rs, n) -> new RetentionRecord(rs.getString("contract"), rs.getString("category"),
                        rs.getString("legal_basis"), rs.getObject("kept_until", LocalDate.class),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }
}
