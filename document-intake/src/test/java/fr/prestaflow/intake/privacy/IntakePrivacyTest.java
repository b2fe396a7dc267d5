package fr.prestaflow.intake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.intake.IntakeIntegrationTest;
import fr.prestaflow.intake.TestDocuments;
import fr.prestaflow.intake.UploadRequest;
import fr.prestaflow.platform.web.Caller;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

class IntakePrivacyTest extends IntakeIntegrationTest {

    private static final String NIR = "180037512345692"; // UploadRequest's default beneficiary

    @Test
    void the_export_holds_the_member_s_claims_and_documents_and_nothing_of_another_member() {
        String member = newContract();
        String other = newContract();
        UUID claimId = submitted(member, UploadRequest.forContract(member)
                .document(DENTAL, "facture-dupont.pdf", TestDocuments.dentalInvoicePdf()));
        UUID otherClaim = submitted(other, UploadRequest.forContract(other)
                .document(DENTAL, "facture-autre.pdf", TestDocuments.opticsInvoicePdf()));

        JsonNode export = body(mvc.get().uri("/api/v1/privacy/export").header(Caller.MEMBER_CONTRACT_HEADER, member).exchange());

        assertThat(export.get("service").asString()).isEqualTo("document-intake");
        assertThat(export.get("contract").asString()).isEqualTo(member);
        JsonNode data = export.get("data");
        assertThat(data.get("claims")).singleElement().satisfies(claim -> {
            assertThat(claim.get("id").asString()).isEqualTo(claimId.toString());
            assertThat(claim.get("beneficiary_nir").asString()).isEqualTo(NIR); // decrypted
            assertThat(claim.has("beneficiary_nir_encrypted")).isFalse();
        });
        assertThat(data.get("documents")).singleElement().satisfies(document -> {
            assertThat(document.get("name").asString()).isEqualTo("facture-dupont.pdf");
            assertThat(document.get("downloadable").asBoolean()).isTrue();
        });
        assertThat(export.toString()).doesNotContain(otherClaim.toString()).doesNotContain("facture-autre");
    }

    @Test
    void ops_export_a_member_s_data_by_naming_the_contract_and_a_member_cannot_name_another() {
        String member = newContract();
        submitted(member, UploadRequest.forContract(member).document(DENTAL, "facture.pdf", TestDocuments.dentalInvoicePdf()));

        MvcTestResult ops = mvc.get().uri("/api/v1/privacy/export?contract={c}", member).header(Caller.ROLE_HEADER, "OPS").exchange();
        MvcTestResult opsWithoutContract = mvc.get().uri("/api/v1/privacy/export").header(Caller.ROLE_HEADER, "OPS").exchange();
        MvcTestResult otherMember = mvc.get().uri("/api/v1/privacy/export?contract={c}", member)
                .header(Caller.MEMBER_CONTRACT_HEADER, newContract()).exchange();

        assertThat(body(ops).get("data").get("claims")).hasSize(1);
        assertThat(opsWithoutContract).hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("CONTRACT_REQUIRED");
        assertThat(otherMember).hasStatus(403).bodyJson().extractingPath("$.code").isEqualTo("FORBIDDEN");
    }

    @Test
    void erasure_is_refused_while_a_claim_is_in_review_and_changes_nothing() {
        String member = newContract();
        UUID claimId = claimInReview(member);

        MvcTestResult result = erase(member);

        assertThat(result).hasStatus(409).bodyJson().extractingPath("$.code").isEqualTo("ERASURE_BLOCKED_CLAIMS_IN_PROGRESS");
        assertThat(body(result).get("claims").get(0).asString()).isEqualTo(claimId.toString());
        assertThat(jdbc.sql("select count(*) from document where member_contract = :c and content_erased_at is null")
                .param("c", member).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void erasure_deletes_the_documents_and_the_typed_identity_keeps_the_claims_and_records_why() {
        String member = newContract();
        byte[] invoice = TestDocuments.dentalInvoicePdf();
        UUID claimId = submitted(member, UploadRequest.forContract(member)
                .document(DENTAL, "facture-claire-martin.pdf", invoice));
        awaitStatus(claimId, "ANALYSED");
        String documentId = documentOf(member);

        MvcTestResult result = erase(member);

        assertThat(result).hasStatus(200);
        JsonNode report = body(result);
        assertThat(report.get("erased").toString()).contains("claim documents (images, PDF)");
        assertThat(report.get("kept").get(0).get("category").asString()).isEqualTo("claims");
        var claim = jdbc.sql("select beneficiary_nir_encrypted, comment, status from claim where id = :id")
                .param("id", claimId).query().singleRow();
        assertThat(claim.get("beneficiary_nir_encrypted")).isNull();
        assertThat(claim.get("status")).isEqualTo("ANALYSED");
        assertThat(jdbc.sql("select file_name from claim_document where claim_id = :id").param("id", claimId)
                .query(String.class).single()).isEqualTo("document-1");
        assertThat(mvc.get().uri("/api/v1/documents/{id}", documentId).header(Caller.MEMBER_CONTRACT_HEADER, member))
                .hasStatus(404);
        assertThat(jdbc.sql("select count(*) from stored_document where content = :bytes").param("bytes", invoice)
                .query(Integer.class).single()).isZero();
        assertThat(body(mvc.get().uri("/api/v1/privacy/retention?contract={c}", member).header(Caller.ROLE_HEADER, "OPS")
                .exchange()).findValues("category").stream().map(JsonNode::asString))
                .contains("claims");
    }

    @Test
    void a_second_erasure_finds_nothing_left_and_reports_the_same_kept_data() {
        String member = newContract();
        UUID claimId = submitted(member, UploadRequest.forContract(member)
                .document(DENTAL, "facture.pdf", TestDocuments.dentalInvoicePdf()));
        awaitStatus(claimId, "ANALYSED");
        JsonNode first = body(erase(member));

        JsonNode second = body(erase(member));

        assertThat(second.get("erased").findValues("count")).allSatisfy(count -> assertThat(count.asInt()).isZero());
        assertThat(second.get("kept")).isEqualTo(first.get("kept"));
        assertThat(jdbc.sql("select count(*) from retention_record where contract = :c").param("c", member)
                .query(Integer.class).single()).isEqualTo(first.get("kept").size());
    }

    @Test
    void the_same_bytes_sent_again_after_an_erasure_make_a_new_downloadable_document() {
        String member = newContract();
        byte[] invoice = TestDocuments.dentalInvoicePdf();
        UUID first = submitted(member, UploadRequest.forContract(member).document(DENTAL, "facture.pdf", invoice));
        awaitStatus(first, "ANALYSED");
        erase(member);

        UUID again = submitted(member, UploadRequest.forContract(member).document(DENTAL, "facture.pdf", invoice));

        String documentId = jdbc.sql("select document_id::text from claim_document where claim_id = :id").param("id", again)
                .query(String.class).single();
        assertThat(mvc.get().uri("/api/v1/documents/{id}", documentId).header(Caller.MEMBER_CONTRACT_HEADER, member))
                .hasStatus(200);
    }

    private MvcTestResult erase(String member) {
        return mvc.post().uri("/api/v1/privacy/erasure").header(Caller.MEMBER_CONTRACT_HEADER, member)
                .contentType(MediaType.APPLICATION_JSON).content("{}").exchange();
    }

    private String documentOf(String member) {
        return jdbc.sql("select id::text from document where member_contract = :c").param("c", member).query(String.class).single();
    }
}
