package fr.prestaflow.teletransmission.decomptes;

import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.events.v1.ClaimAnalysed;
import fr.prestaflow.contracts.events.v1.ClaimEvent;
import fr.prestaflow.contracts.events.v1.ClaimReceived;
import fr.prestaflow.platform.ids.TimeOrderedIds;
import fr.prestaflow.platform.messaging.DeferredInserts;
import fr.prestaflow.platform.outbox.OutboxWriter;
import fr.prestaflow.teletransmission.TeletransmissionProperties;
import fr.prestaflow.teletransmission.nlf.AcceptedDecompte;
import fr.prestaflow.teletransmission.nlf.DecompteHeader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Writes accepted décomptes, their claims and the claims' events (ClaimReceived then ClaimAnalysed, through the outbox)
 * a batch at a time, one statement per table taking each column as an array, in the caller's transaction: one row per
 * statement is too slow for files of a million lines.
 */
@Component
public class DecompteWriter {

    private static final String INSERT_DECOMPTE = """
            insert into decompte (sender_code, decompte_id, channel, nlf_file, line_number, ingested_at)
            select * from unnest(:sender::varchar[], :decompte::varchar[], :channel::varchar[], :file::uuid[],
                :line::bigint[], :at::timestamptz[])""";
    private static final String INSERT_CLAIM = """
            insert into claim (claim_id, sender_code, decompte_id, nlf_file, reversal, line_count, created_at)
            select * from unnest(:claim::uuid[], :sender::varchar[], :decompte::varchar[], :file::uuid[],
                :reversal::boolean[], :lines::int[], :at::timestamptz[])""";

    private final DeferredInserts inserts;
    private final OutboxWriter outbox;
    private final Clock clock;
    private final int batchSize;

    DecompteWriter(DeferredInserts inserts, OutboxWriter outbox, Clock clock, TeletransmissionProperties properties) {
        this.inserts = inserts;
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
        List<ClaimDraft> drafts = ClaimDraft.of(decompte, TimeOrderedIds::next);
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
        inserts.insertAsArrays(INSERT_DECOMPTE, pending.stream().map(p -> new MapSqlParameterSource()
                .addValue("sender", p.origin().senderCode())
                .addValue("decompte", p.header().decompteId())
                .addValue("channel", p.origin().channel().name())
                .addValue("file", p.origin().nlfFile())
                .addValue("line", p.header().fileLineNumber())
                .addValue("at", p.at())).toList());
        List<MapSqlParameterSource> claims = new ArrayList<>();
        List<ClaimEvent> events = new ArrayList<>();
        for (Pending p : pending) {
            for (ClaimDraft draft : p.claims()) {
                claims.add(new MapSqlParameterSource()
                        .addValue("claim", draft.claimId())
                        .addValue("sender", p.origin().senderCode())
                        .addValue("decompte", p.header().decompteId())
                        .addValue("file", p.origin().nlfFile())
                        .addValue("reversal", draft.reversal())
                        .addValue("lines", draft.lines().size())
                        .addValue("at", p.at()));
            }
            events.addAll(p.events());
        }
        inserts.insertAsArrays(INSERT_CLAIM, claims);
        outbox.appendAll(Topics.TELETRANSMISSION_CLAIMS, events);
    }

    /** One décompte ready to be written. */
    record Pending(Origin origin, DecompteHeader header, Instant at, List<ClaimDraft> claims, List<ClaimEvent> events) {

        List<UUID> claimIds() {
            return claims.stream().map(ClaimDraft::claimId).toList();
        }
    }
}
