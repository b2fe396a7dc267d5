package fr.prestaflow.notification.messages;

import fr.prestaflow.notification.preferences.ContactChannel;
import fr.prestaflow.platform.ids.TimeOrderedIds;
import fr.prestaflow.platform.messaging.DeferredInserts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code delivery} table. Unique (event_id, channel): an event delivered twice plans its messages once. Nothing reads
 * a delivery in the transaction that plans it, so planned rows may wait for the poll's deferred inserts.
 */
@Repository
class DeliveryLog {

    private final JdbcClient jdbc;
    private final DeferredInserts inserts;

    DeliveryLog(JdbcClient jdbc, DeferredInserts inserts) {
        this.jdbc = jdbc;
        this.inserts = inserts;
    }

    /**
     * Plans a message to send, unless this event already has one on this channel; returns the id of the row planned. In
     * a consumer's poll the row goes in with the poll's other deferred rows, just before it commits.
     */
    UUID plan(UUID claimId, UUID eventId, ContactChannel channel, Message message, String recipient, String body,
              Instant now, Instant firstRetryAt) {
        UUID id = TimeOrderedIds.next();
        inserts.insertAsArrays("""
                        insert into delivery (id, claim_id, event_id, channel, kind, recipient, subject, text_body, html_body,
                                              status, attempts, next_attempt_at, created_at)
                        select id, claim, event, channel, kind, recipient, subject, text, html, 'PENDING', 0, next, now
                        from unnest(:id::uuid[], :claim::uuid[], :event::uuid[], :channel::varchar[], :kind::varchar[],
                            :recipient::varchar[], :subject::varchar[], :text::text[], :html::text[],
                            :next::timestamptz[], :now::timestamptz[])
                            as d (id, claim, event, channel, kind, recipient, subject, text, html, next, now)
                        on conflict (event_id, channel) do nothing""",
                List.of(new MapSqlParameterSource().addValue("id", id).addValue("claim", claimId)
                        .addValue("event", eventId).addValue("channel", channel.name())
                        .addValue("kind", message.kind().name()).addValue("recipient", recipient)
                        .addValue("subject", channel == ContactChannel.EMAIL ? message.subject() : null)
                        .addValue("text", body)
                        .addValue("html", channel == ContactChannel.EMAIL ? message.html() : null)
                        .addValue("next", firstRetryAt).addValue("now", now)));
        return id;
    }

    /** Records that a message was not to be sent (no contact, opted out, channel without address), once per event. */
    void skip(UUID claimId, UUID eventId, ContactChannel channel, MessageKind kind, String why, Instant now) {
        inserts.insertAsArrays("""
                        insert into delivery (id, claim_id, event_id, channel, kind, status, attempts, last_error, created_at)
                        select id, claim, event, channel, kind, 'SKIPPED', 0, why, now
                        from unnest(:id::uuid[], :claim::uuid[], :event::uuid[], :channel::varchar[], :kind::varchar[],
                            :why::varchar[], :now::timestamptz[]) as d (id, claim, event, channel, kind, why, now)
                        on conflict (event_id, channel) do nothing""",
                List.of(new MapSqlParameterSource().addValue("id", TimeOrderedIds.next()).addValue("claim", claimId)
                        .addValue("event", eventId).addValue("channel", channel.name()).addValue("kind", kind.name())
                        .addValue("why", why).addValue("now", now)));
    }

    boolean planned(UUID eventId) {
        return jdbc.sql("select count(*) from delivery where event_id = :event").param("event", eventId)
                .query(Long.class).single() > 0;
    }

    List<UUID> pendingOf(UUID eventId) {
        return jdbc.sql("select id from delivery where event_id = :event and status = 'PENDING'")
                .param("event", eventId).query(UUID.class).list();
    }

    /** Messages whose next attempt is due: never tried (the send after commit did not happen) or failed. */
    List<UUID> due(Instant now, int maxAttempts, int limit) {
        return jdbc.sql("""
                        select id from delivery
                        where status in ('PENDING', 'FAILED') and attempts < :max and next_attempt_at <= :now
                        order by next_attempt_at limit :limit""")
                .param("max", maxAttempts).param("now", Timestamp.from(now)).param("limit", limit)
                .query(UUID.class).list();
    }

    /** Locks a message that still has to be sent; empty if sent meanwhile or being sent by another thread or replica. */
    Optional<Delivery> lockSendable(UUID id, int maxAttempts) {
        return jdbc.sql("""
                        select * from delivery
                        where id = :id and status in ('PENDING', 'FAILED') and attempts < :max
                        for update skip locked""")
                .param("id", id).param("max", maxAttempts).query(DeliveryLog::map).optional();
    }

    void sent(UUID id, Instant now) {
        jdbc.sql("""
                        update delivery set status = 'SENT', attempts = attempts + 1, sent_at = :now, last_error = null,
                                            next_attempt_at = null
                        where id = :id""")
                .param("id", id).param("now", Timestamp.from(now)).update();
    }

    /** A failed attempt; {@code nextAttemptAt} null when the attempts are used up. */
    void failed(UUID id, String error, Instant nextAttemptAt) {
        jdbc.sql("""
                        update delivery set status = 'FAILED', attempts = attempts + 1, last_error = :error,
                                            next_attempt_at = :next
                        where id = :id""")
                .param("id", id).param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                .param("next", nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt), java.sql.Types.TIMESTAMP)
                .update();
    }

    private static Delivery map(ResultSet rs, int row) throws SQLException {
        return new Delivery(rs.getObject("id", UUID.class), rs.getObject("claim_id", UUID.class),
                rs.getObject("event_id", UUID.class), ContactChannel.valueOf(rs.getString("channel")),
                MessageKind.valueOf(rs.getString("kind")), rs.getString("recipient"), rs.getString("subject"),
                rs.getString("text_body"), rs.getString("html_body"), DeliveryStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"));
    }
}
