package fr.prestaflow.teletransmission.decomptes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.events.v1.ClaimRejected;
import fr.prestaflow.contracts.events.v1.EventHeaders;
import fr.prestaflow.platform.messaging.EventCodec;
import fr.prestaflow.teletransmission.TeletransmissionTest;
import fr.prestaflow.testsupport.AuditLog;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Ops see the décomptes rejected by the NLF checks and the claims rejected later downstream, with their file. */
class RejectedDecomptesTest extends TeletransmissionTest {

    @Autowired EventCodec codec;
    @Autowired DataSource database;

    @Test
    void the_decomptes_a_partial_file_rejected_are_listed_with_their_file_line_and_code() {
        UUID id = upload(sample("02-partial.nlf"));
        awaitProcessed(id);

        var list = mvc.get().uri("/api/v1/noemie/decomptes?status=REJECTED&fileId=" + id);

        assertThat(list).hasStatus(200).bodyJson().extractingPath("$[*].decompteId").asArray()
                .containsExactlyInAnyOrder("D25061000012", "D25061000014");
        assertThat(list).bodyJson().extractingPath("$[?(@.decompteId == 'D25061000012')].code").asArray()
                .containsExactly("NLF-E031");
        assertThat(list).bodyJson().extractingPath("$[?(@.decompteId == 'D25061000012')].lineNumber").asArray()
                .containsExactly(4);
        assertThat(list).bodyJson().extractingPath("$[?(@.decompteId == 'D25061000014')].code").asArray()
                .containsExactly("NLF-E034");
        assertThat(list).bodyJson().extractingPath("$[*].nlfFileId").asArray().containsOnly("F20250612-0002");
        assertThat(list).bodyJson().extractingPath("$[*].rejectedBy").asArray().containsOnly("NLF");
    }

    @Test
    void a_staff_read_of_the_rejected_decomptes_is_audited_with_the_reason_given() {
        UUID id = upload(sample("02-partial.nlf"));
        awaitProcessed(id);
        String ops = AuditLog.newAgent();
        String integrator = AuditLog.newAgent();

        assertThat(mvc.get().uri("/api/v1/noemie/decomptes?fileId=" + id).header("X-Role", "OPS").header("X-Agent", ops)
                .header("X-Access-Reason", "FRAUD_CHECK")).hasStatus(200);
        assertThat(mvc.get().uri("/api/v1/noemie/decomptes").header("X-Role", "INTEGRATOR").header("X-Agent", integrator))
                .hasStatus(200);

        assertThat(AuditLog.entriesOf(database, ops)).containsExactly("READ decompte rejected in file " + id + " - FRAUD_CHECK");
        assertThat(AuditLog.entriesOf(database, integrator)).containsExactly("READ decompte rejected - OPERATIONS");
    }

    @Test
    void an_unknown_access_reason_is_refused() {
        assertThat(mvc.get().uri("/api/v1/noemie/decomptes").header("X-Role", "OPS").header("X-Access-Reason", "BOREDOM"))
                .hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("INVALID_ACCESS_REASON");
    }

    @Test
    void a_decompte_whose_every_line_was_rejected_is_listed_with_the_code_of_its_first_line() {
        byte[] file = String.join("\n",
                "000|NLF1.0|017510000|99123456|F-ALL-LINES|2025-06-12T06:15:00+02:00|",
                "100|D25061000081|CT-000001|1851175056123|87|1|1985-11-03|2025-06-10|1900|1",
                "200|D25061000081|1|2025-06-02|DENTIST|G|10003456789|1|1|3000|3000|70|1900|200|0|||",
                "999|F-ALL-LINES|1|1|4|3000|3000|1900", "").getBytes(StandardCharsets.UTF_8);
        UUID id = upload(file);
        awaitProcessed(id);

        assertThat(mvc.get().uri("/api/v1/noemie/decomptes?fileId=" + id)).hasStatus(200).bodyJson()
                .extractingPath("$[*].code").asArray().containsExactly("NLF-E050");
    }

    @Test
    void a_claim_rejected_downstream_is_counted_on_its_file_once_and_listed() {
        UUID id = upload(sample("01-valid-small.nlf"));
        awaitProcessed(id);
        UUID claim = claimsOf(id).getFirst();
        var rejection = new ClaimRejected(claim, Instant.parse("2025-06-13T08:00:00Z"), "adjudication",
                List.of("UNKNOWN_CONTRACT"), "No contract CT-000001", List.of());
        UUID eventId = UUID.randomUUID();
        UUID laterEventId = UUID.randomUUID();

        publish(rejection, eventId);
        publish(rejection, eventId);
        publish(rejection, laterEventId);

        // same key, same partition: once the later event is marked processed, the duplicate was handled too
        await().atMost(PATIENCE).until(() -> jdbc.sql("select count(*) from processed_message where event_id in (:ids)")
                .param("ids", List.of(eventId, laterEventId)).query(Long.class).single() == 2);
        var list = mvc.get().uri("/api/v1/noemie/decomptes?status=REJECTED&fileId=" + id);
        assertThat(list).bodyJson().extractingPath("$[*].claimId").asArray().containsExactly(claim.toString());
        assertThat(list).bodyJson().extractingPath("$[0].rejectedBy").isEqualTo("PIPELINE");
        assertThat(list).bodyJson().extractingPath("$[0].code").isEqualTo("UNKNOWN_CONTRACT");
        assertThat(list).bodyJson().extractingPath("$[0].nlfFileId").isEqualTo("F20250612-0001");
        assertThat(file(id).at("/pipeline/claimsRejected").asLong()).isEqualTo(1);
    }

    @Test
    void only_rejected_decomptes_can_be_listed() {
        assertThat(mvc.get().uri("/api/v1/noemie/decomptes?status=ACCEPTED"))
                .hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("INVALID_PARAMETER");
    }

    private void publish(ClaimRejected event, UUID eventId) {
        var record = new ProducerRecord<>(Topics.ADJUDICATION_CLAIMS, event.claimId().toString(), codec.write(event));
        record.headers().add(EventHeaders.ID, eventId.toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.TYPE, "fr.prestaflow.ClaimRejected.v1".getBytes(StandardCharsets.UTF_8));
        kafka.send(record).join();
    }
}
