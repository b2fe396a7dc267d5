package fr.prestaflow.intake.claims;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.care.Basket;
import fr.prestaflow.contracts.care.BeneficiaryRef;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.events.v1.ClaimAnalysed;
import fr.prestaflow.contracts.events.v1.ClaimReceived;
import fr.prestaflow.contracts.events.v1.ClaimSentToReview;
import fr.prestaflow.contracts.events.v1.EventHeaders;
import fr.prestaflow.intake.IntakeEvents;
import fr.prestaflow.intake.IntakeIntegrationTest;
import fr.prestaflow.intake.TestDocuments;
import fr.prestaflow.intake.UploadRequest;
import fr.prestaflow.platform.web.Caller;
import fr.prestaflow.testsupport.AuditLog;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

class ClaimUploadTest extends IntakeIntegrationTest {

    @Autowired DataSource database;

    @LocalServerPort
    int port;

    @Test
    void a_clear_dental_invoice_is_received_then_analysed_into_its_care_line() {
        String member = newContract();

        UUID claimId = submitted(member, UploadRequest.forContract(member)
                .document(DENTAL, "facture-dentiste.pdf", TestDocuments.dentalInvoicePdf())
                .declares(TestDocuments.DENTAL_CARE_DATE, "DENTAL_PROSTHESIS", TestDocuments.DENTAL_BILLED_CENTS));

        ConsumerRecord<String, String> received = awaitEvent(claimId, ClaimReceived.class);
        ConsumerRecord<String, String> analysed = awaitEvent(claimId, ClaimAnalysed.class);
        assertThat(received.key()).isEqualTo(claimId.toString());
        assertThat(analysed.key()).isEqualTo(claimId.toString());
        assertThat(IntakeEvents.header(received, EventHeaders.TYPE)).isEqualTo("fr.prestaflow.ClaimReceived.v1");
        assertThat(IntakeEvents.header(analysed, EventHeaders.TYPE)).isEqualTo("fr.prestaflow.ClaimAnalysed.v1");
        assertThat(analysed.partition()).isEqualTo(received.partition());
        assertThat(analysed.offset()).isGreaterThan(received.offset());

        BeneficiaryRef beneficiary = new BeneficiaryRef(member, "180037512345692", LocalDate.of(1980, 3, 4), 1);
        ClaimReceived receivedEvent = IntakeEvents.decode(codec, received, ClaimReceived.class);
        assertThat(receivedEvent.channel()).isEqualTo(Channel.UPLOAD);
        assertThat(receivedEvent.source()).isEqualTo("upload:" + claimId);
        assertThat(receivedEvent.beneficiary()).isEqualTo(beneficiary);

        ClaimAnalysed analysedEvent = IntakeEvents.decode(codec, analysed, ClaimAnalysed.class);
        assertThat(analysedEvent.channel()).isEqualTo(Channel.UPLOAD);
        assertThat(analysedEvent.beneficiary()).isEqualTo(beneficiary);
        assertThat(analysedEvent.correction()).isFalse();
        assertThat(analysedEvent.reversal()).isFalse();
        assertThat(analysedEvent.visionChangeJustified()).isFalse();
        assertThat(analysedEvent.source()).isEqualTo("upload:" + claimId);
        assertThat(analysedEvent.lines()).containsExactly(new CareLine(1, TestDocuments.DENTAL_CARE_DATE,
                CareCategory.DENTAL_PROSTHESIS, "HBLD634", "10101234567", null, 1, TestDocuments.DENTAL_BILLED_CENTS,
                12_000, 60, null, null, null, Basket.MODERATE, null));
        assertThat(claimStatus(claimId)).isEqualTo("ANALYSED");
        assertThat(events().of(claimId)).extracting(record -> IntakeEvents.header(record, EventHeaders.TYPE))
                .doesNotContain("fr.prestaflow.ClaimSentToReview.v1");
    }

    @Test
    void an_accepted_upload_answers_202_with_the_claim_location_and_its_documents() {
        String member = newContract();

        MvcTestResult result = submit(member, UploadRequest.forContract(member)
                .document(DENTAL, "facture.pdf", TestDocuments.dentalInvoicePdf())
                .document("Prescription", "ordonnance.png", TestDocuments.clearInvoicePng()));

        assertThat(result).hasStatus(202);
        JsonNode body = body(result);
        String claimId = body.get("claimId").asString();
        assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/claims/" + claimId);
        assertThat(body.get("status").asString()).isEqualTo("RECEIVED");
        JsonNode invoice = body.get("documents").get(0);
        assertThat(invoice.get("file").asString()).isEqualTo("facture.pdf");
        assertThat(invoice.get("type").asString()).isEqualTo(DENTAL);
        assertThat(invoice.get("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(invoice.get("href").asString()).isEqualTo("/api/v1/documents/" + invoice.get("documentId").asString());
        assertThat(invoice.get("duplicate").asBoolean()).isFalse();
        assertThat(body.get("documents").get(1).get("supporting").asBoolean()).isTrue();
        assertThat(body.get("documents").get(1).get("mediaType").asString()).isEqualTo("image/png");
        assertThat(body.get("duplicates").isEmpty()).isTrue();
    }

    @Test
    void an_upload_without_member_identity_is_unauthenticated() {
        MvcTestResult result = submit(null, UploadRequest.forContract(newContract())
                .document(DENTAL, "facture.pdf", TestDocuments.dentalInvoicePdf()));

        assertThat(result).hasStatus(401).bodyJson().extractingPath("$.code").isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void an_upload_for_a_contract_that_is_not_the_members_is_not_found_and_saves_nothing() {
        String member = newContract();
        String someoneElse = newContract();

        MvcTestResult result = submit(member, UploadRequest.forContract(someoneElse)
                .document(DENTAL, "facture.pdf", TestDocuments.dentalInvoicePdf()));

        assertThat(result).hasStatus(404).bodyJson().extractingPath("$.code").isEqualTo("CONTRACT_NOT_FOUND");
        assertThat(jdbc.sql("select count(*) from claim where member_contract in (:m)")
                .param("m", List.of(member, someoneElse)).query(Long.class).single()).isZero();
    }

    @Test
    void more_than_ten_documents_are_refused() {
        String member = newContract();
        UploadRequest upload = UploadRequest.forContract(member);
        for (int i = 0; i < 11; i++) {
            upload.document(DENTAL, "facture-" + i + ".pdf", TestDocuments.osteopathInvoicePdf());
        }

        MvcTestResult result = submit(member, upload);

        assertThat(result).hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("TOO_MANY_DOCUMENTS");
        assertThat(jdbc.sql("select count(*) from claim where member_contract = :m").param("m", member)
                .query(Long.class).single()).isZero();
    }

    @Test
    void documents_and_files_must_match_one_to_one() {
        String member = newContract();

        MvcTestResult missingFile = submit(member, UploadRequest.forContract(member)
                .document(DENTAL, "facture.pdf", TestDocuments.dentalInvoicePdf()).declaredOnly("Feuille de soins"));
        MvcTestResult extraFile = submit(member, UploadRequest.forContract(member)
                .document(DENTAL, "facture.pdf", TestDocuments.dentalInvoicePdf())
                .fileOnly("autre.pdf", TestDocuments.osteopathInvoicePdf()));

        assertThat(missingFile).hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("DOCUMENTS_MISMATCH");
        assertThat(extraFile).hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("DOCUMENTS_MISMATCH");
    }

    @Test
    void an_invalid_claim_part_lists_every_problem() {
        String member = newContract();

        MvcTestResult result = submit(member, UploadRequest.forContract(member)
                .beneficiary(Map.of("nir", "180037512345600", "rank", 0))
                .document(DENTAL, "facture.pdf", TestDocuments.dentalInvoicePdf())
                .declares(TestDocuments.DENTAL_CARE_DATE, "TEETH", 65_000));

        assertThat(result).hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_FAILED");
        assertThat(body(result).get("errors").valueStream().map(error -> error.get("field").asString()))
                .containsExactlyInAnyOrder("beneficiary.nir", "beneficiary.rank", "lines[0].careCategory");
    }

    @Test
    void a_claim_part_that_is_not_json_is_a_malformed_request() {
        String member = newContract();

        MvcTestResult result = mvc.post().uri("/api/v1/claims").multipart()
                .file("claim", "{not json".getBytes(StandardCharsets.UTF_8))
                .header(Caller.MEMBER_CONTRACT_HEADER, member).exchange();

        assertThat(result).hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("MALFORMED_REQUEST");
    }

    @Test
    void the_same_document_twice_in_one_claim_is_flagged_and_stored_once() {
        String member = newContract();
        byte[] invoice = TestDocuments.dentalInvoicePdf();

        MvcTestResult result = submit(member, UploadRequest.forContract(member)
                .document(DENTAL, "facture.pdf", invoice)
                .document(DENTAL, "facture (1).pdf", invoice));

        assertThat(result).hasStatus(202);
        JsonNode body = body(result);
        String claimId = body.get("claimId").asString();
        assertThat(body.get("duplicates")).hasSize(1);
        assertThat(body.get("duplicates").get(0).get("file").asString()).isEqualTo("facture (1).pdf");
        assertThat(body.get("duplicates").get(0).get("firstSentInClaim").asString()).isEqualTo(claimId);
        assertThat(body.get("documents").get(1).get("documentId").asString())
                .isEqualTo(body.get("documents").get(0).get("documentId").asString());
        assertThat(storedCopies(member)).isEqualTo(1);
        awaitStatus(UUID.fromString(claimId), "ANALYSED");
    }

    @Test
    void a_document_sent_again_with_a_later_claim_is_flagged_stored_once_and_goes_to_review() {
        String member = newContract();
        byte[] invoice = TestDocuments.dentalInvoicePdf();
        UUID first = submitted(member, UploadRequest.forContract(member).document(DENTAL, "facture.pdf", invoice));

        MvcTestResult again = submit(member, UploadRequest.forContract(member)
                .document(DENTAL, "facture-encore.pdf", invoice));

        assertThat(again).hasStatus(202);
        JsonNode body = body(again);
        UUID second = UUID.fromString(body.get("claimId").asString());
        assertThat(body.get("duplicates").get(0).get("file").asString()).isEqualTo("facture-encore.pdf");
        assertThat(body.get("duplicates").get(0).get("firstSentInClaim").asString()).isEqualTo(first.toString());
        assertThat(storedCopies(member)).isEqualTo(1);
        ClaimSentToReview review = awaitDecoded(second, ClaimSentToReview.class);
        assertThat(review.reason()).contains("already sent with claim " + first);
    }

    @Test
    void an_ops_read_of_an_upload_is_audited_and_the_member_s_own_is_not() {
        String member = newContract();
        UUID claimId = submitted(member, UploadRequest.forContract(member)
                .document(DENTAL, "facture.pdf", TestDocuments.dentalInvoicePdf()));
        String agent = AuditLog.newAgent();

        assertThat(mvc.get().uri("/api/v1/uploads/{id}", claimId).header(Caller.MEMBER_CONTRACT_HEADER, member)).hasStatus(200);
        assertThat(AuditLog.entriesAbout(database, member)).isEmpty();
        assertThat(mvc.get().uri("/api/v1/uploads/{id}", claimId).header(Caller.ROLE_HEADER, "OPS")
                .header(Caller.AGENT_HEADER, agent).header("X-Access-Reason", "SUPPORT_TICKET")).hasStatus(200);

        assertThat(AuditLog.entriesOf(database, agent))
                .containsExactly("READ claim " + claimId + " " + member + " SUPPORT_TICKET");
    }

    @Test
    void the_member_and_ops_see_the_state_of_the_upload_and_another_member_does_not() {
        String member = newContract();
        UUID claimId = submitted(member, UploadRequest.forContract(member)
                .document(DENTAL, "facture.pdf", TestDocuments.dentalInvoicePdf()));
        awaitStatus(claimId, "ANALYSED");

        var own = mvc.get().uri("/api/v1/uploads/{id}", claimId).header(Caller.MEMBER_CONTRACT_HEADER, member).exchange();
        var ops = mvc.get().uri("/api/v1/uploads/{id}", claimId).header(Caller.ROLE_HEADER, "OPS").exchange();
        var other = mvc.get().uri("/api/v1/uploads/{id}", claimId)
                .header(Caller.MEMBER_CONTRACT_HEADER, newContract()).exchange();
        var nobody = mvc.get().uri("/api/v1/uploads/{id}", claimId).exchange();

        assertThat(own).hasStatus(200);
        JsonNode upload = body(own);
        assertThat(upload.get("status").asString()).isEqualTo("ANALYSED");
        assertThat(upload.get("documents").get(0).get("file").asString()).isEqualTo("facture.pdf");
        assertThat(upload.get("analysis").get("confident").asBoolean()).isTrue();
        assertThat(upload.get("analysis").get("lines").get(0).get("billedCents").asLong())
                .isEqualTo(TestDocuments.DENTAL_BILLED_CENTS);
        assertThat(ops).hasStatus(200);
        assertThat(other).hasStatus(404).bodyJson().extractingPath("$.code").isEqualTo("CLAIM_NOT_FOUND");
        assertThat(nobody).hasStatus(401).bodyJson().extractingPath("$.code").isEqualTo("UNAUTHENTICATED");
    }

    /** MockMvc does not parse multipart requests: the size limits need the real server. */
    @Test
    void an_upload_over_the_multipart_size_limit_is_a_request_too_large_problem() throws Exception {
        String member = newContract();
        String boundary = "prestaflow-" + UUID.randomUUID();
        byte[] fiveMegabytes = new byte[5 * 1024 * 1024];
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"claim\"\r\n"
                + "Content-Type: application/json\r\n\r\n{\"contractNumber\":\"" + member
                + "\",\"documents\":[{\"type\":\"Facture dentaire\"}]}\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"enorme.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(fiveMegabytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response;
        try (HttpClient client = HttpClient.newHttpClient()) {
            response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/claims"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header(Caller.MEMBER_CONTRACT_HEADER, member)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("code").asString()).isEqualTo("REQUEST_TOO_LARGE");
    }

    /** Content-addressed: one document row per member and content, one stored copy per content. */
    private long storedCopies(String member) {
        return jdbc.sql("""
                        select count(*) from document d join stored_document s on s.sha256 = d.sha256
                        where d.member_contract = :m""")
                .param("m", member).query(Long.class).single();
    }
}
