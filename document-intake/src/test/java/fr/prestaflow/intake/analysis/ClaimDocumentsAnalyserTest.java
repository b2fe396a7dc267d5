package fr.prestaflow.intake.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.intake.TestDocuments;
import fr.prestaflow.intake.analysis.DocumentReport.Handling;
import fr.prestaflow.intake.documents.DocumentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClaimDocumentsAnalyserTest {

    private static final TesseractOcr MISSING = new TesseractOcr(
            new TesseractOcr.Settings("/nonexistent/tesseract", "fra", Duration.ofSeconds(5)));

    private final ClaimDocumentsAnalyser analyser = new ClaimDocumentsAnalyser(new TextExtractor(MISSING),
            new InvoiceAnalyser(TestDocuments.clock()));

    private static DocumentToAnalyse document(int position, String type, String fileName, DocumentType documentType,
                                              byte[] content) {
        return new DocumentToAnalyse(UUID.randomUUID(), position, fileName, type, documentType, content,
                SupportingDocuments.isSupporting(type), false, null);
    }

    private static DocumentToAnalyse pdf(int position, String type, byte[] content) {
        return document(position, type, "document-" + position + ".pdf", DocumentType.PDF, content);
    }

    @Test
    void a_clear_invoice_and_its_prescription_give_the_invoice_lines() {
        ClaimAnalysis analysis = analyser.analyse(List.of(
                pdf(0, "Facture optique", TestDocuments.opticsInvoicePdf()),
                document(1, "Prescription", "ordonnance.png", DocumentType.PNG, TestDocuments.clearInvoicePng())),
                List.of());

        assertThat(analysis.confident()).isTrue();
        assertThat(analysis.lines()).extracting(CareLine::lineNumber).containsExactly(1, 2, 3);
        assertThat(analysis.documents()).extracting(DocumentReport::handling)
                .containsExactly(Handling.ANALYSED, Handling.SUPPORTING_DOCUMENT);
    }

    @Test
    void lines_of_several_invoices_are_numbered_one_to_n_in_document_order() {
        ClaimAnalysis analysis = analyser.analyse(List.of(
                pdf(0, "Facture dentaire", TestDocuments.dentalInvoicePdf()),
                pdf(1, "Décompte Sécurité sociale", TestDocuments.socialSecurityStatementPdf())),
                List.of());

        assertThat(analysis.confident()).isTrue();
        assertThat(analysis.lines()).extracting(CareLine::lineNumber, CareLine::careCategory).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, CareCategory.DENTAL_PROSTHESIS),
                org.assertj.core.groups.Tuple.tuple(2, CareCategory.GP_CONSULTATION));
    }

    @Test
    void each_declaration_goes_to_the_invoice_it_describes() {
        ClaimAnalysis analysis = analyser.analyse(List.of(
                        pdf(0, "Facture dentaire", TestDocuments.dentalInvoicePdf()),
                        pdf(1, "Facture médecine douce", TestDocuments.osteopathInvoicePdf())),
                List.of(new MemberHint(TestDocuments.OSTEOPATH_CARE_DATE, CareCategory.ALTERNATIVE_MEDICINE,
                                TestDocuments.OSTEOPATH_BILLED_CENTS),
                        new MemberHint(TestDocuments.DENTAL_CARE_DATE, CareCategory.DENTAL_PROSTHESIS,
                                TestDocuments.DENTAL_BILLED_CENTS)));

        assertThat(analysis.confident()).isTrue();
        assertThat(analysis.claimIssues()).isEmpty();
        assertThat(analysis.lines()).hasSize(2);
    }

    @Test
    void a_declaration_no_invoice_matches_sends_the_claim_to_review() {
        ClaimAnalysis analysis = analyser.analyse(List.of(
                        pdf(0, "Facture dentaire", TestDocuments.dentalInvoicePdf()),
                        pdf(1, "Facture médecine douce", TestDocuments.osteopathInvoicePdf())),
                List.of(new MemberHint(TestDocuments.TODAY.minusDays(2), CareCategory.PHARMACY_65, 1_234L)));

        assertThat(analysis.confident()).isFalse();
        assertThat(analysis.reviewReason()).contains("no document matches it");
        assertThat(analysis.confidence()).isLessThanOrEqualTo(InvoiceAnalysis.REVIEW_CAP);
    }

    @Test
    void an_image_without_ocr_goes_to_review_saying_why() {
        ClaimAnalysis analysis = analyser.analyse(List.of(document(0, "Facture médecine douce", "osteo.png",
                DocumentType.PNG, TestDocuments.clearInvoicePng())), List.of());

        assertThat(analysis.confident()).isFalse();
        assertThat(analysis.lines()).isEmpty();
        assertThat(analysis.reviewReason()).contains("osteo.png", "OCR unavailable");
        assertThat(analysis.documents().getFirst().extraction().status())
                .isEqualTo(ExtractedText.ExtractionStatus.OCR_UNAVAILABLE);
    }

    @Test
    void a_file_repeated_in_the_claim_is_read_once() {
        byte[] invoice = TestDocuments.dentalInvoicePdf();
        DocumentToAnalyse first = pdf(0, "Facture dentaire", invoice);
        DocumentToAnalyse repeated = new DocumentToAnalyse(first.documentId(), 1, "copie.pdf", "Facture dentaire",
                DocumentType.PDF, invoice, false, true, null);

        ClaimAnalysis analysis = analyser.analyse(List.of(first, repeated), List.of());

        assertThat(analysis.confident()).isTrue();
        assertThat(analysis.lines()).hasSize(1);
        assertThat(analysis.documents().get(1).handling()).isEqualTo(Handling.REPEATED_IN_CLAIM);
    }

    @Test
    void a_document_already_sent_with_another_claim_needs_a_look() {
        UUID earlier = UUID.randomUUID();
        DocumentToAnalyse again = new DocumentToAnalyse(UUID.randomUUID(), 0, "facture.pdf", "Facture dentaire",
                DocumentType.PDF, TestDocuments.dentalInvoicePdf(), false, false, earlier);

        ClaimAnalysis analysis = analyser.analyse(List.of(again), List.of());

        assertThat(analysis.confident()).isFalse();
        assertThat(analysis.reviewReason()).isEqualTo("facture.pdf was already sent with claim " + earlier);
        assertThat(analysis.lines()).hasSize(1);
    }

    @Test
    void a_prescription_already_sent_with_another_claim_is_no_reason_for_a_look() {
        DocumentToAnalyse prescription = new DocumentToAnalyse(UUID.randomUUID(), 1, "ordonnance.png", "Prescription",
                DocumentType.PNG, TestDocuments.clearInvoicePng(), true, false, UUID.randomUUID());

        ClaimAnalysis analysis = analyser.analyse(List.of(pdf(0, "Facture optique", TestDocuments.opticsInvoicePdf()),
                prescription), List.of());

        assertThat(analysis.confident()).isTrue();
    }

    @Test
    void a_claim_with_only_a_prescription_has_no_invoice_to_read() {
        ClaimAnalysis analysis = analyser.analyse(List.of(pdf(0, "Ordonnance", TestDocuments.opticsInvoicePdf())),
                List.of());

        assertThat(analysis.confident()).isFalse();
        assertThat(analysis.reviewReason()).contains("no invoice");
    }
}
