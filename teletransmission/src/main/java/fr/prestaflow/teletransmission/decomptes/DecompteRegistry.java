package fr.prestaflow.teletransmission.decomptes;

import fr.prestaflow.teletransmission.nlf.NlfRegistry;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * NLF-E033: a décompte id already ingested from the same sender, by a file or by the inbound topic. The primary key of
 * {@code decompte} backs it up when two ingestions race: the later one fails and is retried, then sees the first.
 */
@Component
public class DecompteRegistry implements NlfRegistry {

    private final JdbcTemplate jdbc;

    DecompteRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean decompteIngested(String senderCode, String decompteId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from decompte where sender_code = ? and decompte_id = ?)", Boolean.class,
                senderCode, decompteId));
    }

    /** Which of these décompte ids the sender already had ingested: one query for thousands of ids. */
    public Set<String> ingestedOf(String senderCode, Collection<String> decompteIds) {
        Set<String> ingested = new HashSet<>();
        jdbc.query("select decompte_id from decompte where sender_code = ? and decompte_id = any(?)",
                rs -> {
                    ingested.add(rs.getString(1));
                }, senderCode, decompteIds.toArray(String[]::new));
        return ingested;
    }
}
