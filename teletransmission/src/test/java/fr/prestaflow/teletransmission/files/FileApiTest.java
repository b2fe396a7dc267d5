package fr.prestaflow.teletransmission.files;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.teletransmission.TeletransmissionTest;
import fr.prestaflow.teletransmission.blobs.BlobStore;
import fr.prestaflow.teletransmission.blobs.StoredBlob;
import fr.prestaflow.testsupport.AuditLog;
import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The file endpoints' answers: Problem Details with stable codes, multipart uploads, lists, and restarts. */
class FileApiTest extends TeletransmissionTest {

    @Autowired BlobStore blobs;
    @Autowired TransactionTemplate transactions;
    @Autowired DataSource database;

    @Test
    void an_empty_upload_is_a_problem_and_stores_nothing() {
        assertThat(mvc.post().uri("/api/v1/noemie/files").contentType(MediaType.TEXT_PLAIN).content(new byte[0]))
                .hasStatus(400)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.code").isEqualTo("EMPTY_FILE");
        assertThat(jdbc.sql("select count(*) from nlf_file").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from blob_chunk").query(Long.class).single()).isZero();
    }

    @Test
    void a_multipart_upload_is_processed_like_a_raw_one() {
        var part = new MockMultipartFile("file", "04-crlf-corsica.nlf", "text/plain", sample("04-crlf-corsica.nlf"));

        var result = mvc.post().uri("/api/v1/noemie/files").multipart().file(part).exchange();

        assertThat(result).hasStatus(202);
        String id = result.getResponse().getHeader("Location").substring("/api/v1/noemie/files/".length());
        assertThat(awaitProcessed(UUID.fromString(id)).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(acknowledgment(UUID.fromString(id))).isEqualTo(sample("04-crlf-corsica.nla"));
    }

    @Test
    void a_multipart_upload_without_a_file_part_is_a_problem() {
        var other = new MockMultipartFile("document", "x.nlf", "text/plain", sample("01-valid-small.nlf"));

        assertThat(mvc.post().uri("/api/v1/noemie/files").multipart().file(other))
                .hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("MISSING_FILE_PART");
    }

    @Test
    void a_json_body_is_an_unsupported_media_type() {
        assertThat(mvc.post().uri("/api/v1/noemie/files").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .hasStatus(415).bodyJson().extractingPath("$.code").isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void an_unknown_file_is_a_problem_on_every_endpoint() {
        String unknown = "/api/v1/noemie/files/" + UUID.randomUUID();

        assertThat(mvc.get().uri(unknown)).hasStatus(404).bodyJson().extractingPath("$.code").isEqualTo("FILE_NOT_FOUND");
        assertThat(mvc.get().uri(unknown + "/acknowledgment"))
                .hasStatus(404).bodyJson().extractingPath("$.code").isEqualTo("FILE_NOT_FOUND");
        assertThat(mvc.get().uri("/api/v1/noemie/files/not-a-uuid"))
                .hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("INVALID_PARAMETER");
    }

    @Test
    void reading_an_acknowledgment_is_audited_for_staff_and_a_refused_read_is_not() {
        UUID id = upload(sample("01-valid-small.nlf"));
        UUID processing = storeFile("PROCESSING", Instant.now(), sample("01-valid-small.nlf"));
        awaitProcessed(id);
        String agent = AuditLog.newAgent();

        assertThat(mvc.get().uri("/api/v1/noemie/files/" + id + "/acknowledgment").header("X-Role", "OPS")
                .header("X-Agent", agent).header("X-Access-Reason", "SUPPORT_TICKET")).hasStatus(200);
        assertThat(mvc.get().uri("/api/v1/noemie/files/" + processing + "/acknowledgment").header("X-Role", "OPS")
                .header("X-Agent", agent)).hasStatus(409);

        assertThat(AuditLog.entriesOf(database, agent)).containsExactly("READ nlf-acknowledgment " + id + " - SUPPORT_TICKET");
    }

    @Test
    void the_acknowledgment_of_a_file_still_processing_is_not_ready() {
        UUID id = storeFile("PROCESSING", Instant.now(), sample("01-valid-small.nlf"));

        assertThat(mvc.get().uri("/api/v1/noemie/files/" + id + "/acknowledgment"))
                .hasStatus(409)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.code").isEqualTo("ACKNOWLEDGMENT_NOT_READY");
        assertThat(mvc.get().uri("/api/v1/noemie/files/" + id)).bodyJson().extractingPath("$.status")
                .isEqualTo("PROCESSING");
    }

    @Test
    void a_file_left_processing_by_a_worker_that_died_is_processed_again() {
        UUID id = storeFile("PROCESSING", Instant.now().minus(5, ChronoUnit.MINUTES), sample("01-valid-small.nlf"));

        JsonNode view = awaitProcessed(id);

        assertThat(view.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(view.get("attempts").asInt()).isEqualTo(2);
        assertThat(acknowledgment(id)).isEqualTo(sample("01-valid-small.nla"));
        assertThat(claimsOf(id)).hasSize(3);
    }

    @Test
    void a_file_that_cannot_be_processed_is_retried_then_FAILED_with_its_failure() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into nlf_file (id, status, received_at, size_bytes, sha256, content_blob)
                        values (:id, 'RECEIVED', now(), 10, :sha, :id)""")
                .param("id", id).param("sha", "0".repeat(64)).update();

        JsonNode view = awaitProcessed(id);

        assertThat(view.get("status").asString()).isEqualTo("FAILED");
        assertThat(view.get("attempts").asInt()).isEqualTo(3);
        assertThat(view.get("failure").asString()).contains("does not match its SHA-256");
        assertThat(mvc.get().uri("/api/v1/noemie/files/" + id + "/acknowledgment"))
                .hasStatus(409).bodyJson().extractingPath("$.code").isEqualTo("FILE_PROCESSING_FAILED");
    }

    @Test
    void a_file_received_while_no_worker_was_told_is_picked_up_by_polling() {
        UUID id = storeFile("RECEIVED", null, sample("02-partial.nlf"));

        assertThat(awaitProcessed(id).get("status").asString()).isEqualTo("PARTIALLY_ACCEPTED");
    }

    @Test
    void the_list_shows_the_newest_uploads_first_and_filters_by_status() {
        UUID first = upload(sample("01-valid-small.nlf"));
        awaitProcessed(first);
        UUID second = upload(sample("03-rejected-trailer.nlf"));
        awaitProcessed(second);

        assertThat(mvc.get().uri("/api/v1/noemie/files")).hasStatus(200).bodyJson()
                .extractingPath("$[*].id").asArray().containsExactly(second.toString(), first.toString());
        assertThat(mvc.get().uri("/api/v1/noemie/files?status=REJECTED")).hasStatus(200).bodyJson()
                .extractingPath("$[*].id").asArray().containsExactly(second.toString());
        assertThat(mvc.get().uri("/api/v1/noemie/files?limit=0"))
                .hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_FAILED");
    }

    /** A file as a previous run of the service would have left it, without waking the workers. */
    private UUID storeFile(String status, Instant startedAt, byte[] content) {
        return transactions.execute(tx -> {
            StoredBlob blob = blobs.write(UUID.randomUUID(), new ByteArrayInputStream(content), Long.MAX_VALUE);
            jdbc.sql("""
                            insert into nlf_file (id, status, received_at, size_bytes, sha256, content_blob, attempts,
                                                  started_at)
                            values (:id, :status, now(), :size, :sha, :id, :attempts, :started)""")
                    .param("id", blob.id()).param("status", status).param("size", blob.size())
                    .param("sha", blob.sha256()).param("attempts", startedAt == null ? 0 : 1)
                    .param("started", startedAt == null ? null : Timestamp.from(startedAt))
                    .update();
            return blob.id();
        });
    }
}
