package fr.prestaflow.teletransmission.decomptes;

import fr.prestaflow.contracts.events.v1.ClaimRejected;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What became of our claims downstream: a rejection (UNKNOWN_CONTRACT, ...) is kept and counted on its file. */
@Component
class ClaimOutcomes {

    private final JdbcTemplate jdbc;

    ClaimOutcomes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean isOurs(UUID claimId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from claim where claim_id = ?)",
                Boolean.class, claimId));
    }

    /** Only the first rejection of a claim counts, so a second ClaimRejected for the same claim changes nothing. */
    void rejected(ClaimRejected event) {
        List<Optional<UUID>> files = jdbc.query("""
                        update claim set rejected_at = ?, rejection_stage = ?, rejection_codes = ?, rejection_reason = ?
                        where claim_id = ? and rejected_at is null
                        returning nlf_file""",
                (rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class)),
                Timestamp.from(event.occurredAt()), event.stage(), String.join(",", event.codes()), event.reason(),
                event.claimId());
        files.stream().flatMap(Optional::stream).forEach(file -> jdbc.update(
                "update nlf_file set claims_rejected = claims_rejected + 1 where id = ?", file));
    }
}
