package fr.prestaflow.intake.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.events.v1.ClaimAnalysed;
import fr.prestaflow.contracts.events.v1.ClaimReceived;
import fr.prestaflow.contracts.events.v1.ClaimSentToReview;
import fr.prestaflow.intake.IntakeIntegrationTest;
import fr.prestaflow.intake.TestDocuments;
import fr.prestaflow.intake.UploadRequest;
import fr.prestaflow.platform.web.Caller;
import fr.prestaflow.intake.documents.DocumentStore;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class AnalysisFlowTest extends IntakeIntegrationTest {

    /** An invoice that names neither a date nor an amount: nothing to pay without a human. */
    private static final List<String> UNCLEAR_INVOICE = List.of(
            "Dr Claire Martin - Chirurgien-dentiste",
            "N° RPPS : 10101234567",
            "Couronne céramo-métallique dent 36",
            "Merci de votre confiance");

    @Autowired AnalysisJob job;
    @Autowired DocumentStore documentStore;
    @Autowired TesseractOcr ocr;

    @Test
    void an_unclear_invoice_is_sent_to_review_with_the_reason_and_waits_in_the_queue() {
        String member = newContract();

        UUID claimId = submitted(member, UploadRequest.forContract(member)
                .document(DENTAL, "facture-floue.pdf", TestDocuments.textPdf(UNCLEAR_INVOICE)));

        awaitEvent(claimId, ClaimReceived.class);
        ClaimSentToReview review = awaitDecoded(claimId, ClaimSentToReview.class);
        assertThat(review.reason()).contains("facture-floue.pdf", "CARE_DATE MISSING", "BILLED_AMOUNT MISSING");
        assertThat(claimStatus(claimId)).isEqualTo("IN_REVIEW");
        var queue = mvc.get().uri("/api/v1/review-queue?contract={member}", member)
                .header(Caller.ROLE_HEADER, "OPS").exchange();
        JsonNode item = body(queue).get("items").get(0);
        assertThat(item.get("claimId").asString()).isEqualTo(claimId.toString());
        assertThat(item.get("reason").asString()).isEqualTo(review.reason());
        JsonNode document = item.get("analysis").get("documents").get(0);
        assertThat(document.get("issues").valueStream().map(issue -> issue.get("field").asString()))
                .contains("CARE_DATE", "BILLED_AMOUNT");
        assertThat(document.get("fields").get("practitionerIds").get(0).get("value").asString()).isEqualTo("10101234567");
        assertThat(document.get("extraction").get("source").asString()).isEqualTo("PDF_TEXT");
    }

    @Test
    void a_declaration_the_invoice_contradicts_sends_the_claim_to_review() {
        String member = newContract();

        UUID claimId = submitted(member, UploadRequest.forContract(member)
                .document(DENTAL, "facture.pdf", TestDocuments.dentalInvoicePdf())
                .declares(TestDocuments.DENTAL_CARE_DATE, "DENTAL_PROSTHESIS", 60_000));

        ClaimSentToReview review = awaitDecoded(claimId, ClaimSentToReview.class);
        assertThat(review.reason()).contains("BILLED_AMOUNT CONTRADICTS_MEMBER");
    }

    @Test
    void a_claim_left_received_by_a_stopped_instance_is_analysed_at_startup() throws Exception {
        String member = newContract();
        UUID claimId = receivedClaimLeasedByADeadWorker(member, TestDocuments.dentalInvoicePdf());

        job.recoverAfterRestart();

        awaitStatus(claimId, "ANALYSED");
        ClaimAnalysed analysed = awaitDecoded(claimId, ClaimAnalysed.class);
        assertThat(analysed.lines()).extracting(CareLine::careCategory).containsExactly(CareCategory.DENTAL_PROSTHESIS);
    }

    @Test
    void a_photographed_osteopath_note_is_read_by_ocr_and_confirmed_by_the_members_declaration() {
        assumeThat(ocr.availability().available()).as("tesseract is installed: %s", ocr.availability().detail()).isTrue();
        String member = newContract();

        UUID claimId = submitted(member, UploadRequest.forContract(member)
                .document("Facture médecine douce", "osteo.png", TestDocuments.clearInvoicePng())
                .declares(TestDocuments.OSTEOPATH_CARE_DATE, "ALTERNATIVE_MEDICINE", TestDocuments.OSTEOPATH_BILLED_CENTS));

        ClaimAnalysed analysed = awaitDecoded(claimId, ClaimAnalysed.class);
        assertThat(analysed.lines()).singleElement().satisfies(line -> {
            assertThat(line.careDate()).isEqualTo(TestDocuments.OSTEOPATH_CARE_DATE);
            assertThat(line.careCategory()).isEqualTo(CareCategory.ALTERNATIVE_MEDICINE);
            assertThat(line.billedCents()).isEqualTo(TestDocuments.OSTEOPATH_BILLED_CENTS);
            assertThat(line.practitionerId()).isEqualTo(TestDocuments.OSTEOPATH_ADELI);
        });
    }

    /** What an instance that stored an upload and died while analysing it leaves behind: a lease nobody will end. */
    private UUID receivedClaimLeasedByADeadWorker(String member, byte[] pdf) throws Exception {
        UUID claimId = UUID.randomUUID();
        UUID documentId = UUID.randomUUID();
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        documentStore.put(sha256, "application/pdf", pdf);
        jdbc.sql("""
                        insert into claim (id, member_contract, vision_change_justified, member_hints, status, received_at,
                                           analysis_lease_until)
                        values (:id, :member, false, '[]', 'RECEIVED', :now, clock_timestamp() + interval '1 day')""")
                .param("id", claimId).param("member", member).param("now", Timestamp.from(NOW)).update();
        jdbc.sql("""
                        insert into document (id, member_contract, sha256, document_type, media_type, size_bytes, page_count,
                                              first_claim_id, created_at)
                        values (:id, :member, :sha256, 'PDF', 'application/pdf', :size, 1, :claimId, :now)""")
                .param("id", documentId).param("member", member).param("sha256", sha256).param("size", pdf.length)
                .param("claimId", claimId).param("now", Timestamp.from(NOW)).update();
        jdbc.sql("""
                        insert into claim_document (claim_id, position, document_id, file_name, type_label, kind, supporting,
                                                    repeated_in_claim)
                        values (:claimId, 0, :documentId, 'facture.pdf', 'Facture dentaire', 'DENTAL_INVOICE', false, false)""")
                .param("claimId", claimId).param("documentId", documentId).update();
        return claimId;
    }
}
