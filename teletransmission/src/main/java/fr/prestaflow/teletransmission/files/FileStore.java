package fr.prestaflow.teletransmission.files;

import fr.prestaflow.teletransmission.blobs.StoredBlob;
import fr.prestaflow.teletransmission.nlf.NlfResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code nlf_file} rows: one per upload, from RECEIVED to its acknowledged status. */
@Component
class FileStore {

    private static final String VIEW = "select * from nlf_file";

    private final JdbcClient jdbc;
    private final Clock clock;

    FileStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void insertReceived(StoredBlob content, String traceparent) {
        jdbc.sql("""
                        insert into nlf_file (id, status, received_at, size_bytes, sha256, content_blob, traceparent)
                        values (:id, 'RECEIVED', :at, :size, :sha256, :blob, :traceparent)""")
                .param("id", content.id())
                .param("at", now())
                .param("size", content.size())
                .param("sha256", content.sha256())
                .param("blob", content.id())
                .param("traceparent", traceparent)
                .update();
    }

    Optional<FileView> find(UUID id) {
        return jdbc.sql(VIEW + " where id = :id").param("id", id).query((rs, n) -> view(rs)).optional();
    }

    List<FileView> newest(Optional<FileStatus> status, int limit) {
        return jdbc.sql(VIEW + " where cast(:status as varchar) is null or status = :status"
                        + " order by received_at desc, id limit :limit")
                .param("status", status.map(Enum::name).orElse(null))
                .param("limit", limit)
                .query((rs, n) -> view(rs)).list();
    }

    /** The status of an upload and, once processed, where its acknowledgment is stored. */
    Optional<AcknowledgmentRef> acknowledgment(UUID id) {
        return jdbc.sql("select status, nla_blob, nla_size from nlf_file where id = :id").param("id", id)
                .query((rs, n) -> new AcknowledgmentRef(FileStatus.valueOf(rs.getString("status")),
                        rs.getObject("nla_blob", UUID.class), rs.getLong("nla_size")))
                .optional();
    }

    /** Takes the oldest RECEIVED file for this worker: PROCESSING from now on, visible to readers at once. */
    Optional<Claimed> claimNext() {
        return jdbc.sql("""
                        update nlf_file set status = 'PROCESSING', attempts = attempts + 1, started_at = :at
                        where id = (select id from nlf_file where status = 'RECEIVED' order by received_at, id
                                    limit 1 for update skip locked)
                        returning id, attempts, traceparent""")
                .param("at", now())
                .query((rs, n) -> new Claimed(rs.getObject("id", UUID.class), rs.getInt("attempts"),
                        rs.getString("traceparent")))
                .optional();
    }

    /**
     * A worker holds the row lock of its file for the whole processing transaction, so a PROCESSING row nobody has
     * locked for a while belongs to a worker that died (crash, restart): it goes back to RECEIVED.
     */
    int recoverStalled(Instant startedBefore) {
        return jdbc.sql("""
                        update nlf_file set status = 'RECEIVED'
                        where id in (select id from nlf_file where status = 'PROCESSING' and started_at < :before
                                     for update skip locked)""")
                .param("before", Timestamp.from(startedBefore))
                .update();
    }

    /** Locks the file for the caller's transaction; empty if it is no longer PROCESSING (taken back meanwhile). */
    Optional<ToProcess> lockForProcessing(UUID id) {
        return jdbc.sql("""
                        select id, content_blob, sha256 from nlf_file where id = :id and status = 'PROCESSING'
                        for update""")
                .param("id", id)
                .query((rs, n) -> new ToProcess(rs.getObject("id", UUID.class), rs.getObject("content_blob", UUID.class),
                        rs.getString("sha256")))
                .optional();
    }

    void finish(UUID id, NlfResult result, StoredBlob acknowledgment, long claimsCreated, Optional<UUID> priorFile) {
        jdbc.sql("""
                        update nlf_file set status = :status, disposition = :disposition, prior_file = :prior,
                            sender_code = :sender, file_id = :fileId, test_file = :test,
                            decomptes_read = :decomptesRead, decomptes_accepted = :decomptesAccepted,
                            lines_read = :linesRead, lines_accepted = :linesAccepted, error_count = :errors,
                            warning_count = :warnings, nla_blob = :nla, nla_size = :nlaSize,
                            claims_created = :claims, processed_at = :at, last_error = null
                        where id = :id""")
                .param("status", FileStatus.of(result.status()).name())
                .param("disposition", result.disposition().name())
                .param("prior", priorFile.orElse(null))
                .param("sender", emptyToNull(result.senderCode()))
                .param("fileId", emptyToNull(result.fileId()))
                .param("test", result.testFile())
                .param("decomptesRead", result.decomptesRead())
                .param("decomptesAccepted", result.decomptesAccepted())
                .param("linesRead", result.linesRead())
                .param("linesAccepted", result.linesAccepted())
                .param("errors", result.errorCount())
                .param("warnings", result.warningCount())
                .param("nla", acknowledgment.id())
                .param("nlaSize", acknowledgment.size())
                .param("claims", claimsCreated)
                .param("at", now())
                .param("id", id)
                .update();
    }

    /** A replayed upload is byte for byte its prior file, which keeps the content: no need to keep it twice. */
    void forgetContent(UUID id) {
        jdbc.sql("update nlf_file set content_blob = null where id = :id").param("id", id).update();
    }

    /** Back to RECEIVED for another attempt, or FAILED once attempts are used up. */
    void failed(UUID id, int attempts, int maxAttempts, String error) {
        jdbc.sql("update nlf_file set status = :status, last_error = :error where id = :id")
                .param("status", attempts >= maxAttempts ? FileStatus.FAILED.name() : FileStatus.RECEIVED.name())
                .param("error", error)
                .param("id", id)
                .update();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static FileView view(ResultSet rs) throws SQLException {
        FileStatus status = FileStatus.valueOf(rs.getString("status"));
        String disposition = rs.getString("disposition");
        Timestamp processedAt = rs.getTimestamp("processed_at");
        return new FileView(rs.getObject("id", UUID.class), status,
                disposition == null ? null : NlfResult.Disposition.valueOf(disposition),
                rs.getObject("prior_file", UUID.class), rs.getString("sender_code"), rs.getString("file_id"),
                rs.getString("sha256"), rs.getLong("size_bytes"), (Boolean) rs.getObject("test_file"),
                rs.getTimestamp("received_at").toInstant(), processedAt == null ? null : processedAt.toInstant(),
                rs.getInt("attempts"), rs.getString("last_error"), counts(rs),
                new FileView.Pipeline(rs.getLong("claims_created"), rs.getLong("claims_rejected")));
    }

    private static FileView.Counts counts(ResultSet rs) throws SQLException {
        if (rs.getObject("decomptes_read") == null) {
            return null;
        }
        long decomptesRead = rs.getLong("decomptes_read");
        long decomptesAccepted = rs.getLong("decomptes_accepted");
        long linesRead = rs.getLong("lines_read");
        long linesAccepted = rs.getLong("lines_accepted");
        return new FileView.Counts(decomptesRead, decomptesAccepted, decomptesRead - decomptesAccepted, linesRead,
                linesAccepted, linesRead - linesAccepted, rs.getLong("error_count"), rs.getLong("warning_count"));
    }

    record Claimed(UUID id, int attempts, String traceparent) {
    }

    record AcknowledgmentRef(FileStatus status, UUID blob, long size) {
    }

    record ToProcess(UUID id, UUID contentBlob, String sha256) {
    }
}
