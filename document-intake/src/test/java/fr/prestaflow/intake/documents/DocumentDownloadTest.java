package fr.prestaflow.intake.documents;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.intake.IntakeIntegrationTest;
import fr.prestaflow.intake.TestDocuments;
import fr.prestaflow.intake.UploadRequest;
import fr.prestaflow.platform.web.Caller;
import fr.prestaflow.testsupport.AuditLog;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

class DocumentDownloadTest extends IntakeIntegrationTest {

    @Autowired DataSource database;

    private String member;
    private byte[] invoice;
    private String documentId;

    @BeforeEach
    void an_uploaded_invoice_sent_with_a_generic_content_type() {
        member = newContract();
        invoice = TestDocuments.dentalInvoicePdf();
        MvcTestResult result = submit(member, UploadRequest.forContract(member)
                .document(DENTAL, "facture", "application/octet-stream", invoice));
        documentId = body(result).get("documents").get(0).get("documentId").asString();
    }

    @Test
    void the_owner_downloads_the_bytes_with_the_type_detected_from_them() {
        MvcTestResult result = mvc.get().uri("/api/v1/documents/{id}", documentId)
                .header(Caller.MEMBER_CONTRACT_HEADER, member).exchange();

        assertThat(result).hasStatus(200).hasContentType("application/pdf");
        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(invoice);
        assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void ops_download_any_document() {
        MvcTestResult result = mvc.get().uri("/api/v1/documents/{id}", documentId)
                .header(Caller.ROLE_HEADER, "OPS").exchange();

        assertThat(result).hasStatus(200);
        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(invoice);
    }

    @Test
    void an_ops_download_is_audited_with_the_member_concerned_and_the_owner_s_is_not() {
        String agent = AuditLog.newAgent();

        assertThat(mvc.get().uri("/api/v1/documents/{id}", documentId).header(Caller.MEMBER_CONTRACT_HEADER, member))
                .hasStatus(200);
        assertThat(mvc.get().uri("/api/v1/documents/{id}", documentId).header(Caller.ROLE_HEADER, "OPS")
                .header(Caller.AGENT_HEADER, agent)).hasStatus(200);

        assertThat(AuditLog.entriesOf(database, agent))
                .containsExactly("READ document " + documentId + " " + member + " CLAIM_REVIEW");
        assertThat(AuditLog.entriesAbout(database, member)).hasSize(1);
    }

    @Test
    void an_unknown_access_reason_is_refused_and_nothing_is_served() {
        assertThat(mvc.get().uri("/api/v1/documents/{id}", documentId).header(Caller.ROLE_HEADER, "OPS")
                .header("X-Access-Reason", "CURIOSITY")).hasStatus(400)
                .bodyJson().extractingPath("$.code").isEqualTo("INVALID_ACCESS_REASON");
    }

    @Test
    void another_member_is_told_the_document_does_not_exist() {
        MvcTestResult result = mvc.get().uri("/api/v1/documents/{id}", documentId)
                .header(Caller.MEMBER_CONTRACT_HEADER, newContract()).exchange();

        assertThat(result).hasStatus(404).bodyJson().extractingPath("$.code").isEqualTo("DOCUMENT_NOT_FOUND");
    }

    @Test
    void a_caller_without_identity_is_unauthenticated() {
        assertThat(mvc.get().uri("/api/v1/documents/{id}", documentId)).hasStatus(401)
                .bodyJson().extractingPath("$.code").isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void an_unknown_document_is_not_found() {
        assertThat(mvc.get().uri("/api/v1/documents/{id}", java.util.UUID.randomUUID())
                .header(Caller.MEMBER_CONTRACT_HEADER, member)).hasStatus(404)
                .bodyJson().extractingPath("$.code").isEqualTo("DOCUMENT_NOT_FOUND");
    }
}
