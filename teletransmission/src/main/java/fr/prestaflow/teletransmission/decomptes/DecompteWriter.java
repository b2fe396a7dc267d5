package fr.prestaflow.teletransmission.decomptes;

import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.events.v1.ClaimAnalysed;
import fr.prestaflow.contracts.events.v1.ClaimEvent;
import fr.prestaflow.contracts.events.v1.ClaimReceived;
import fr.prestaflow.platform.outbox.OutboxWriter;
import fr.prestaflow.teletransmission.TeletransmissionProperties;
import fr.prestaflow.teletransmission.nlf.AcceptedDecompte;
import fr.prestaflow.teletransmission.nlf.DecompteHeader;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes accepted décomptes, their claims and the claims' events (ClaimReceived then ClaimAnalysed, through the outbox)
 * with JDBC batches, in the caller's transaction: one row per statement is too slow for files of a million lines.
 */
@Component
public class DecompteWriter {

    private static final String INSERT_DECOMPTE = """
            insert into decompte (sender_code, decompte_id, channel, nlf_file, line_number, ingested_at)
            values (?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_CLAIM = """
            insert into claim (claim_id, sender_code, decompte_id, nlf_file, reversal, line_count, created_at)
            values (?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final OutboxWriter outbox;
    private final Clock clock;
    private final int batchSize;

    DecompteWriter(JdbcTemplate jdbc, OutboxWriter outbox, Clock clock, TeletransmissionProperties properties) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
        this.batchSize = properties.batchSize();
    }

    /** A batch for one file or one message; nothing reaches the database before it flushes. */
    public DecompteBatch batch(Origin origin) {
        return new DecompteBatch(this, origin, batchSize);
    }

    /** The rows of one décompte: its registry row, one or two claims, two events per claim. */
    Pending prepare(Origin origin, AcceptedDecompte decompte) {
        DecompteHeader header = decompte.header();
        Instant now = clock.instant();
        String source = origin.source(header.decompteId());
        List<ClaimDraft> drafts = ClaimDraft.of(decompte, UUID::randomUUID);
        List<ClaimEvent> events = new ArrayList<>(drafts.size() * 2);
        for (ClaimDraft draft : drafts) {
            events.add(new ClaimReceived(draft.claimId(), now, Channel.NOEMIE, header.beneficiary(), source));
            events.add(new ClaimAnalysed(draft.claimId(), now, Channel.NOEMIE, header.beneficiary(), draft.lines(),
                    false, draft.reversal(), false, source));
        }
        return new Pending(origin, header, now, drafts, events);
    }

    void write(List<Pending> pending) {
        if (pending.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(INSERT_DECOMPTE, pending, pending.size(), (ps, p) -> {
            ps.setString(1, p.origin().senderCode());
            ps.setString(2, p.header().decompteId());
            ps.setString(3, p.origin().channel().name());
            setUuid(ps, 4, p.origin().nlfFile());
            ps.setLong(5, p.header().fileLineNumber());
            ps.setTimestamp(6, Timestamp.from(p.at()));
        });
        List<ClaimRow> claims = new ArrayList<>();
        List<ClaimEvent> events = new ArrayList<>();
        for (Pending p : pending) {
            p.claims().forEach(draft -> claims.add(new ClaimRow(p, draft)));
            events.addAll(p.events());
        }
        jdbc.batchUpdate(INSERT_CLAIM, claims, claims.size(), (ps, c) -> {
            Pending p = c.decompte();
            ps.setObject(1, c.draft().claimId());
            ps.setString(2, p.origin().senderCode());
            ps.setString(3, p.header().decompteId());
            setUuid(ps, 4, p.origin().nlfFile());
            ps.setBoolean(5, c.draft().reversal());
            ps.setInt(6, c.draft().lines().size());
            ps.setTimestamp(7, Timestamp.from(p.at()));
        });
        outbox.appendAll(Topics.TELETRANSMISSION_CLAIMS, events);
    }

    private static void setUuid(PreparedStatement ps, int index, UUID value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.OTHER);
        } else {
            ps.setObject(index, value);
        }
    }

    /** One décompte ready to be written. */
    record Pending(Origin origin, DecompteHeader header, Instant at, List<ClaimDraft> claims, List<ClaimEvent> events) {

        List<UUID> claimIds() {
            return claims.stream().map(ClaimDraft::claimId).toList();
        }
    }

    private record ClaimRow(Pending decompte, ClaimDraft draft) {
    }
}
