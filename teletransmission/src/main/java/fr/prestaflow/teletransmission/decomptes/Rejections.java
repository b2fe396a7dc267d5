package fr.prestaflow.teletransmission.decomptes;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Records the décomptes the NLF checks rejected, for ops ({@code GET /api/v1/noemie/decomptes?status=REJECTED}). */
@Component
public class Rejections {

    private static final String INSERT = """
            insert into decompte_rejection (channel, nlf_file, sender_code, decompte_id, line_number, code, field, detail,
                                            rejected_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Rejections(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Rejections written in the caller's transaction, a batch at a time. */
    public Batch batch() {
        return new Batch();
    }

    public final class Batch {

        private final List<Rejection> pending = new ArrayList<>();

        private Batch() {
        }

        public void add(Rejection rejection) {
            pending.add(rejection);
            if (pending.size() >= BATCH) {
                flush();
            }
        }

        public void flush() {
            if (pending.isEmpty()) {
                return;
            }
            Timestamp now = Timestamp.from(clock.instant());
            jdbc.batchUpdate(INSERT, pending, pending.size(), (ps, r) -> {
                ps.setString(1, r.channel().name());
                if (r.nlfFile() == null) {
                    ps.setNull(2, Types.OTHER);
                } else {
                    ps.setObject(2, r.nlfFile());
                }
                ps.setString(3, r.senderCode());
                ps.setString(4, r.decompteId());
                ps.setLong(5, r.lineNumber());
                ps.setString(6, r.code());
                ps.setString(7, r.field());
                ps.setString(8, r.detail());
                ps.setTimestamp(9, now);
            });
            pending.clear();
        }
    }
}
