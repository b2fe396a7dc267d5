package fr.prestaflow.teletransmission.decomptes;

import fr.prestaflow.platform.audit.AuditAction;
import fr.prestaflow.platform.audit.AuditTrail;
import fr.prestaflow.platform.web.AccessReason;
import fr.prestaflow.platform.web.Caller;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ops: the décomptes rejected by the NLF checks or later in the pipeline, newest first. They identify insured people,
 * so every read by staff is audited (default reason OPERATIONS); the gateway lets only staff through.
 */
@RestController
@RequestMapping("/api/v1/noemie/decomptes")
class DecompteController {

    private static final String REJECTED = """
            select * from (
                select 'NLF' as rejected_by, r.channel, r.nlf_file, f.file_id as nlf_file_id, r.sender_code,
                       r.decompte_id, r.line_number, null::uuid as claim_id, r.code as codes, r.field, r.detail,
                       r.rejected_at, r.id::text as tiebreak
                from decompte_rejection r left join nlf_file f on f.id = r.nlf_file
                where cast(:file as uuid) is null or r.nlf_file = :file
                union all
                select 'PIPELINE', d.channel, c.nlf_file, f.file_id, c.sender_code, c.decompte_id, d.line_number,
                       c.claim_id, c.rejection_codes, '', coalesce(c.rejection_reason, ''), c.rejected_at,
                       c.claim_id::text
                from claim c
                join decompte d on d.sender_code = c.sender_code and d.decompte_id = c.decompte_id
                left join nlf_file f on f.id = c.nlf_file
                where c.rejected_at is not null and (cast(:file as uuid) is null or c.nlf_file = :file)
            ) rejected
            order by rejected_at desc, tiebreak
            limit :limit""";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    DecompteController(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @GetMapping
    List<RejectedDecompte> list(Optional<Caller> caller,
                                @RequestParam(defaultValue = "REJECTED") DecompteStatus status,
                                @RequestParam(required = false) UUID fileId,
                                @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        List<RejectedDecompte> rejected = jdbc.sql(REJECTED).param("file", fileId).param("limit", limit)
                .query((rs, n) -> row(rs)).list();
        caller.ifPresent(staff -> audit.record(staff, AuditAction.READ, "decompte",
                fileId == null ? "rejected" : "rejected in file " + fileId, null, AccessReason.OPERATIONS));
        return rejected;
    }

    private static RejectedDecompte row(ResultSet rs) throws SQLException {
        List<String> codes = Arrays.stream(rs.getString("codes").split(",")).filter(code -> !code.isEmpty()).toList();
        return new RejectedDecompte(rs.getString("rejected_by"), IngestChannel.valueOf(rs.getString("channel")),
                rs.getObject("nlf_file", UUID.class), rs.getString("nlf_file_id"), rs.getString("sender_code"),
                rs.getString("decompte_id"), rs.getLong("line_number"), rs.getObject("claim_id", UUID.class),
                codes.isEmpty() ? "" : codes.getFirst(), codes, rs.getString("field"), rs.getString("detail"),
                rs.getTimestamp("rejected_at").toInstant());
    }
}
