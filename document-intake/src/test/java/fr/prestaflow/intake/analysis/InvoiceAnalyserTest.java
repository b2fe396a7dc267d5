package fr.prestaflow.intake.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import fr.prestaflow.contracts.care.Basket;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.care.Side;
import fr.prestaflow.intake.TestDocuments;
import fr.prestaflow.intake.analysis.ExtractedText.ExtractionStatus;
import fr.prestaflow.intake.analysis.ExtractedText.TextSource;
import fr.prestaflow.intake.documents.DocumentInspector;
import fr.prestaflow.intake.documents.InspectedDocument;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InvoiceAnalyserTest {

    /** Text PDFs never need OCR: a missing tesseract proves it. */
    private static final TextExtractor EXTRACTOR = new TextExtractor(new TesseractOcr(
            new TesseractOcr.Settings("/nonexistent/tesseract", "fra", Duration.ofSeconds(5))));

    private final InvoiceAnalyser analyser = new InvoiceAnalyser(TestDocuments.clock());

    private InvoiceAnalysis analysePdf(byte[] pdf, DocumentKind kind, MemberHint... hints) {
        InspectedDocument document = new DocumentInspector().inspect("document.pdf", "application/pdf", pdf);
        ExtractedText text = EXTRACTOR.extract(document, pdf);
        assertThat(text.status()).isEqualTo(ExtractionStatus.COMPLETE);
        return analyser.analyse(text, kind, List.of(hints));
    }

    private InvoiceAnalysis analyse(DocumentKind kind, String... lines) {
        return analyser.analyse(String.join("\n", lines), kind, List.of());
    }

    private static void assertGoesToReview(InvoiceAnalysis analysis) {
        assertThat(analysis.confident()).isFalse();
        assertThat(analysis.needsReview()).isTrue();
        assertThat(analysis.confidence()).isLessThanOrEqualTo(InvoiceAnalysis.REVIEW_CAP);
        assertThat(analysis.issues()).isNotEmpty();
        assertThat(analysis.reviewReason()).isNotBlank();
    }

    @Nested
    class Clear_documents {

        @Test
        void a_dental_invoice_gives_one_confident_prosthesis_line() {
            InvoiceAnalysis analysis = analysePdf(TestDocuments.dentalInvoicePdf(), DocumentKind.DENTAL_INVOICE);

            assertThat(analysis.confident()).isTrue();
            assertThat(analysis.confidence()).isGreaterThanOrEqualTo(InvoiceAnalysis.CONFIDENT_THRESHOLD);
            assertThat(analysis.issues()).isEmpty();
            assertThat(analysis.missing()).isEmpty();
            assertThat(analysis.reviewReason()).isEmpty();
            assertThat(analysis.careLines()).containsExactly(new CareLine(1, TestDocuments.DENTAL_CARE_DATE,
                    CareCategory.DENTAL_PROSTHESIS, "HBLD634", "10101234567", null, 1,
                    TestDocuments.DENTAL_BILLED_CENTS, 12_000, 60, null, null, null, Basket.MODERATE, null));
        }

        @Test
        void a_dental_invoice_gives_a_confidence_per_field() {
            AnalysedLine line = analysePdf(TestDocuments.dentalInvoicePdf(), DocumentKind.DENTAL_INVOICE)
                    .lines().getFirst();

            assertThat(line.confidenceOf(Field.CARE_DATE)).isEqualTo(90);
            assertThat(line.confidenceOf(Field.CARE_CATEGORY)).isEqualTo(90);
            assertThat(line.confidenceOf(Field.BILLED_AMOUNT)).isEqualTo(90);
            assertThat(line.confidenceOf(Field.AMO_RATE)).as("assumed, not printed").isEqualTo(50);
            assertThat(line.confidenceOf(Field.AMO_PAID)).as("not on an invoice").isZero();
        }

        @Test
        void the_birth_date_and_the_invoice_date_are_not_taken_for_the_care_date() {
            InvoiceAnalysis analysis = analysePdf(TestDocuments.dentalInvoicePdf(), DocumentKind.DENTAL_INVOICE);

            assertThat(analysis.careLines().getFirst().careDate()).isEqualTo(LocalDate.of(2025, 6, 12));
            assertThat(analysis.fields().careDates()).extracting(Found::value)
                    .contains(LocalDate.of(2025, 6, 13), LocalDate.of(2025, 6, 12))
                    .doesNotContain(LocalDate.of(1980, 3, 4));
        }

        @Test
        void an_optics_invoice_gives_a_frame_and_two_lenses_that_add_up_to_its_total() {
            InvoiceAnalysis analysis = analysePdf(TestDocuments.opticsInvoicePdf(), DocumentKind.OPTICS_INVOICE);

            assertThat(analysis.confident()).isTrue();
            assertThat(analysis.careLines())
                    .extracting(CareLine::lineNumber, CareLine::careCategory, CareLine::actCode, CareLine::billedCents,
                            CareLine::baseCents, CareLine::side, CareLine::basket, CareLine::careDate)
                    .containsExactly(
                            tuple(1, CareCategory.OPTICS_FRAME, "FRAME", 12_000L, 5L, null, Basket.FREE,
                                    TestDocuments.OPTICS_CARE_DATE),
                            tuple(2, CareCategory.OPTICS_LENS, "LENS-SIMPLE", 9_500L, 5L, Side.RIGHT, Basket.FREE,
                                    TestDocuments.OPTICS_CARE_DATE),
                            tuple(3, CareCategory.OPTICS_LENS, "LENS-SIMPLE", 9_500L, 5L, Side.LEFT, Basket.FREE,
                                    TestDocuments.OPTICS_CARE_DATE));
        }

        @Test
        void a_social_security_statement_gives_what_the_amo_paid() {
            InvoiceAnalysis analysis = analysePdf(TestDocuments.socialSecurityStatementPdf(),
                    DocumentKind.SOCIAL_SECURITY_STATEMENT);

            assertThat(analysis.confident()).isTrue();
            assertThat(analysis.careLines()).containsExactly(new CareLine(1, TestDocuments.STATEMENT_CARE_DATE,
                    CareCategory.GP_CONSULTATION, "G", null, null, 1, 3_000, 3_000, 70, 1_900L, 200L, null, null,
                    null));
        }

        @Test
        void an_osteopath_note_with_its_adeli_number_is_confident() {
            InvoiceAnalysis analysis = analysePdf(TestDocuments.osteopathInvoicePdf(),
                    DocumentKind.ALTERNATIVE_MEDICINE_INVOICE);

            assertThat(analysis.confident()).isTrue();
            assertThat(analysis.careLines()).containsExactly(new CareLine(1, TestDocuments.OSTEOPATH_CARE_DATE,
                    CareCategory.ALTERNATIVE_MEDICINE, "OSTEO", TestDocuments.OSTEOPATH_ADELI, null, 1,
                    TestDocuments.OSTEOPATH_BILLED_CENTS, 0, 0, null, null, null, null, null));
        }

        @Test
        void the_reviewer_sees_every_value_read_with_the_line_it_came_from() {
            ExtractedFields fields = analysePdf(TestDocuments.dentalInvoicePdf(), DocumentKind.DENTAL_INVOICE)
                    .fields();

            assertThat(fields.billedAmounts()).extracting(Found::value).containsOnly(65_000L);
            assertThat(fields.billedAmounts()).extracting(Found::evidence)
                    .contains("Total honoraires : 650,00 €", "Montant payé : 650,00 €");
            assertThat(fields.baseAmounts()).extracting(Found::value).containsExactly(12_000L);
            assertThat(fields.practitionerIds()).extracting(Found::value).containsExactly("10101234567");
            assertThat(fields.actCodes()).extracting(Found::value).containsExactly("HBLD634");
            assertThat(fields.careCategories()).extracting(Found::value).containsExactly(CareCategory.DENTAL_PROSTHESIS);
        }
    }

    @Nested
    class Conservative_results {

        @Test
        void an_osteopath_note_without_practitioner_id_lists_the_id_as_missing() {
            InvoiceAnalysis analysis = analyse(DocumentKind.ALTERNATIVE_MEDICINE_INVOICE,
                    "Marie Lambert, ostéopathe", "Séance d'ostéopathie du 03/06/2025", "Honoraires : 60,00 €");

            assertGoesToReview(analysis);
            assertThat(analysis.missing()).containsExactly(Field.PRACTITIONER_ID);
            assertThat(analysis.careLines()).singleElement()
                    .satisfies(line -> assertThat(line.practitionerId()).isNull());
        }

        @Test
        void an_invoice_without_any_amount_lists_the_amount_as_missing() {
            InvoiceAnalysis analysis = analyse(DocumentKind.DENTAL_INVOICE,
                    "Dr Martin, chirurgien-dentiste", "Date des soins : 12/06/2025", "Détartrage");

            assertGoesToReview(analysis);
            assertThat(analysis.missing()).containsExactly(Field.BILLED_AMOUNT);
            assertThat(analysis.careLines()).isEmpty();
            assertThat(analysis.confidence()).isZero();
        }

        @Test
        void an_invoice_without_any_date_lists_the_date_as_missing() {
            InvoiceAnalysis analysis = analyse(DocumentKind.DENTAL_INVOICE,
                    "Dr Martin, chirurgien-dentiste", "Détartrage", "Total : 28,92 €");

            assertGoesToReview(analysis);
            assertThat(analysis.missing()).containsExactly(Field.CARE_DATE);
        }

        @Test
        void a_document_that_names_no_kind_of_care_lists_the_category_as_missing() {
            InvoiceAnalysis analysis = analyse(DocumentKind.OTHER,
                    "Facture", "Date des soins : 12/06/2025", "Total : 50,00 €");

            assertGoesToReview(analysis);
            assertThat(analysis.missing()).containsExactly(Field.CARE_CATEGORY);
        }

        @Test
        void a_dental_invoice_that_does_not_say_which_care_lists_the_category_as_missing() {
            InvoiceAnalysis analysis = analyse(DocumentKind.DENTAL_INVOICE,
                    "Dr Martin, chirurgien-dentiste", "Date des soins : 12/06/2025", "Total : 50,00 €");

            assertGoesToReview(analysis);
            assertThat(analysis.missing()).containsExactly(Field.CARE_CATEGORY);
        }

        @Test
        void two_different_totals_make_the_amount_ambiguous() {
            InvoiceAnalysis analysis = analyse(DocumentKind.ALTERNATIVE_MEDICINE_INVOICE,
                    "Ostéopathe - N° ADELI 691234567", "Séance du 03/06/2025", "Total : 60,00 €", "Total : 80,00 €");

            assertGoesToReview(analysis);
            assertThat(analysis.issues()).extracting(ReviewIssue::field, ReviewIssue::kind)
                    .containsExactly(tuple(Field.BILLED_AMOUNT, ReviewIssue.Kind.AMBIGUOUS));
            assertThat(analysis.reviewReason()).contains("60,00 €", "80,00 €");
        }

        @Test
        void two_different_care_dates_make_the_date_ambiguous() {
            InvoiceAnalysis analysis = analyse(DocumentKind.ALTERNATIVE_MEDICINE_INVOICE,
                    "Ostéopathe - N° ADELI 691234567", "Date des soins : 03/06/2025", "Date des soins : 10/06/2025",
                    "Honoraires : 60,00 €");

            assertGoesToReview(analysis);
            assertThat(analysis.issues()).extracting(ReviewIssue::field, ReviewIssue::kind)
                    .containsExactly(tuple(Field.CARE_DATE, ReviewIssue.Kind.AMBIGUOUS));
        }

        @Test
        void an_invoice_date_alone_is_not_enough_for_a_confident_care_date() {
            InvoiceAnalysis analysis = analyse(DocumentKind.ALTERNATIVE_MEDICINE_INVOICE,
                    "Ostéopathe - N° ADELI 691234567", "Facture du 03/06/2025", "Honoraires : 60,00 €");

            assertGoesToReview(analysis);
            assertThat(analysis.careLines().getFirst().careDate()).isEqualTo(LocalDate.of(2025, 6, 3));
            assertThat(analysis.issues()).extracting(ReviewIssue::field, ReviewIssue::kind)
                    .containsExactly(tuple(Field.CARE_DATE, ReviewIssue.Kind.UNCERTAIN));
        }

        @Test
        void a_date_in_the_future_is_never_a_care_date() {
            InvoiceAnalysis analysis = analyse(DocumentKind.ALTERNATIVE_MEDICINE_INVOICE,
                    "Ostéopathe - N° ADELI 691234567", "Date des soins : 12/09/2025", "Honoraires : 60,00 €");

            assertGoesToReview(analysis);
            assertThat(analysis.missing()).containsExactly(Field.CARE_DATE);
            assertThat(analysis.notes()).anyMatch(note -> note.contains("12/09/2025") && note.contains("future"));
        }

        @Test
        void care_and_prosthesis_words_with_a_single_amount_make_the_category_ambiguous() {
            InvoiceAnalysis analysis = analyse(DocumentKind.DENTAL_INVOICE,
                    "Date des soins : 12/06/2025", "Détartrage et pose d'une couronne", "Total : 700,00 €");

            assertGoesToReview(analysis);
            assertThat(analysis.issues()).extracting(ReviewIssue::field, ReviewIssue::kind)
                    .containsExactly(tuple(Field.CARE_CATEGORY, ReviewIssue.Kind.AMBIGUOUS));
        }

        @Test
        void a_text_that_contradicts_the_document_type_chosen_goes_to_review() {
            InvoiceAnalysis analysis = analysePdf(TestDocuments.opticsInvoicePdf(), DocumentKind.DENTAL_INVOICE);

            assertGoesToReview(analysis);
            assertThat(analysis.issues()).extracting(ReviewIssue::field, ReviewIssue::kind)
                    .contains(tuple(Field.CARE_CATEGORY, ReviewIssue.Kind.CONTRADICTS_MEMBER));
            assertThat(analysis.reviewReason()).contains("Facture dentaire");
        }

        @Test
        void lines_that_do_not_add_up_to_the_total_make_every_amount_doubtful() {
            InvoiceAnalysis analysis = analyse(DocumentKind.OPTICS_INVOICE,
                    "Date de délivrance : 20/06/2025", "Désignation  Prix  Base SS",
                    "Monture  120,00 €  0,05 €", "Verres unifocaux  190,00 €  0,10 €", "Total TTC  300,00 €");

            assertGoesToReview(analysis);
            assertThat(analysis.issues()).extracting(ReviewIssue::field, ReviewIssue::kind)
                    .containsExactly(tuple(Field.BILLED_AMOUNT, ReviewIssue.Kind.AMBIGUOUS));
            assertThat(analysis.reviewReason()).contains("310,00 €", "300,00 €");
        }

        @Test
        void optics_without_base_de_remboursement_goes_to_review_as_adjudication_needs_it() {
            InvoiceAnalysis analysis = analyse(DocumentKind.OPTICS_INVOICE,
                    "Date de délivrance : 20/06/2025", "Monture  120,00 €", "Total TTC  120,00 €");

            assertGoesToReview(analysis);
            assertThat(analysis.missing()).containsExactly(Field.BASE_AMOUNT);
        }

        @Test
        void a_statement_without_what_the_amo_paid_goes_to_review() {
            InvoiceAnalysis analysis = analyse(DocumentKind.SOCIAL_SECURITY_STATEMENT,
                    "Assurance Maladie", "Date des soins : 16/06/2025", "Consultation G", "Montant payé : 30,00 €");

            assertGoesToReview(analysis);
            assertThat(analysis.missing()).containsExactly(Field.AMO_PAID);
        }

        @Test
        void text_read_by_ocr_is_not_trusted_alone() {
            ExtractedText ocr = new ExtractedText(String.join("\n", TestDocuments.OSTEOPATH_INVOICE), TextSource.OCR,
                    ExtractionStatus.COMPLETE, "OCR", 1);

            InvoiceAnalysis analysis = analyser.analyse(ocr, DocumentKind.ALTERNATIVE_MEDICINE_INVOICE, List.of());

            assertGoesToReview(analysis);
            assertThat(analysis.issues()).extracting(ReviewIssue::field, ReviewIssue::kind).containsExactlyInAnyOrder(
                    tuple(Field.CARE_DATE, ReviewIssue.Kind.UNCERTAIN),
                    tuple(Field.CARE_CATEGORY, ReviewIssue.Kind.UNCERTAIN),
                    tuple(Field.BILLED_AMOUNT, ReviewIssue.Kind.UNCERTAIN));
            assertThat(analysis.careLines().getFirst().billedCents()).isEqualTo(TestDocuments.OSTEOPATH_BILLED_CENTS);
        }

        @Test
        void an_incomplete_extraction_goes_to_review_with_what_was_read() {
            ExtractedText partial = new ExtractedText(String.join("\n", TestDocuments.DENTAL_INVOICE),
                    TextSource.PDF_TEXT, ExtractionStatus.PARTIAL, "page 2: OCR failed: timeout", 1);

            InvoiceAnalysis analysis = analyser.analyse(partial, DocumentKind.DENTAL_INVOICE, List.of());

            assertGoesToReview(analysis);
            assertThat(analysis.issues()).extracting(ReviewIssue::field, ReviewIssue::kind)
                    .containsExactly(tuple(Field.TEXT, ReviewIssue.Kind.NOT_READ));
            assertThat(analysis.careLines()).hasSize(1);
        }

        @Test
        void an_unread_document_goes_to_review_without_lines() {
            ExtractedText unavailable = new ExtractedText("", TextSource.NONE, ExtractionStatus.OCR_UNAVAILABLE,
                    "OCR unavailable: no tesseract program at 'tesseract'", 0);

            InvoiceAnalysis analysis = analyser.analyse(unavailable, DocumentKind.OTHER, List.of());

            assertGoesToReview(analysis);
            assertThat(analysis.careLines()).isEmpty();
            assertThat(analysis.reviewReason()).contains("OCR unavailable");
        }
    }

    @Nested
    class Member_declarations {

        private final ExtractedText ocrText = new ExtractedText(String.join("\n", TestDocuments.OSTEOPATH_INVOICE),
                TextSource.OCR, ExtractionStatus.COMPLETE, "OCR", 1);

        @Test
        void a_declaration_that_agrees_makes_ocr_text_confident() {
            InvoiceAnalysis analysis = analyser.analyse(ocrText, DocumentKind.ALTERNATIVE_MEDICINE_INVOICE,
                    List.of(new MemberHint(TestDocuments.OSTEOPATH_CARE_DATE, CareCategory.ALTERNATIVE_MEDICINE,
                            TestDocuments.OSTEOPATH_BILLED_CENTS)));

            assertThat(analysis.confident()).isTrue();
            assertThat(analysis.lines().getFirst().confidenceOf(Field.CARE_DATE)).isEqualTo(98);
            assertThat(analysis.lines().getFirst().confidenceOf(Field.BILLED_AMOUNT)).isEqualTo(98);
        }

        @Test
        void a_partial_declaration_confirms_only_what_it_says() {
            InvoiceAnalysis analysis = analyser.analyse(ocrText, DocumentKind.ALTERNATIVE_MEDICINE_INVOICE,
                    List.of(new MemberHint(null, null, TestDocuments.OSTEOPATH_BILLED_CENTS)));

            assertGoesToReview(analysis);
            assertThat(analysis.lines().getFirst().confidenceOf(Field.BILLED_AMOUNT)).isEqualTo(98);
            assertThat(analysis.issues()).extracting(ReviewIssue::field)
                    .containsExactlyInAnyOrder(Field.CARE_DATE, Field.CARE_CATEGORY);
        }

        @Test
        void a_declaration_that_disagrees_on_the_amount_sends_a_clear_invoice_to_review() {
            InvoiceAnalysis analysis = analysePdf(TestDocuments.dentalInvoicePdf(), DocumentKind.DENTAL_INVOICE,
                    new MemberHint(TestDocuments.DENTAL_CARE_DATE, CareCategory.DENTAL_PROSTHESIS, 60_000L));

            assertGoesToReview(analysis);
            assertThat(analysis.issues()).extracting(ReviewIssue::field, ReviewIssue::kind)
                    .containsExactly(tuple(Field.BILLED_AMOUNT, ReviewIssue.Kind.CONTRADICTS_MEMBER));
            assertThat(analysis.reviewReason()).contains("600,00 €", "650,00 €");
            AnalysedLine line = analysis.lines().getFirst();
            assertThat(line.confidenceOf(Field.BILLED_AMOUNT)).isLessThanOrEqualTo(30);
            assertThat(line.confidenceOf(Field.CARE_DATE)).isEqualTo(98);
            assertThat(line.careLine().billedCents()).as("the document's amount stays").isEqualTo(65_000);
        }

        @Test
        void a_declaration_that_disagrees_on_the_date_sends_the_claim_to_review() {
            InvoiceAnalysis analysis = analysePdf(TestDocuments.dentalInvoicePdf(), DocumentKind.DENTAL_INVOICE,
                    new MemberHint(LocalDate.of(2025, 6, 13), CareCategory.DENTAL_PROSTHESIS, 65_000L));

            assertGoesToReview(analysis);
            assertThat(analysis.issues()).extracting(ReviewIssue::field, ReviewIssue::kind)
                    .containsExactly(tuple(Field.CARE_DATE, ReviewIssue.Kind.CONTRADICTS_MEMBER));
        }

        @Test
        void a_declaration_that_disagrees_on_the_care_type_sends_the_claim_to_review() {
            InvoiceAnalysis analysis = analysePdf(TestDocuments.dentalInvoicePdf(), DocumentKind.DENTAL_INVOICE,
                    new MemberHint(TestDocuments.DENTAL_CARE_DATE, CareCategory.DENTAL_CARE, 65_000L));

            assertGoesToReview(analysis);
            assertThat(analysis.issues()).extracting(ReviewIssue::field, ReviewIssue::kind)
                    .containsExactly(tuple(Field.CARE_CATEGORY, ReviewIssue.Kind.CONTRADICTS_MEMBER));
        }

        @Test
        void a_declared_total_confirms_every_line_of_an_optics_invoice() {
            InvoiceAnalysis analysis = analysePdf(TestDocuments.opticsInvoicePdf(), DocumentKind.OPTICS_INVOICE,
                    new MemberHint(TestDocuments.OPTICS_CARE_DATE, CareCategory.OPTICS_LENS, 31_000L));

            assertThat(analysis.confident()).isTrue();
            assertThat(analysis.lines()).allSatisfy(
                    line -> assertThat(line.confidenceOf(Field.BILLED_AMOUNT)).isEqualTo(98));
        }

        @Test
        void a_declared_care_line_the_document_does_not_show_is_flagged() {
            InvoiceAnalysis analysis = analysePdf(TestDocuments.opticsInvoicePdf(), DocumentKind.OPTICS_INVOICE,
                    new MemberHint(TestDocuments.OPTICS_CARE_DATE, CareCategory.OPTICS_FRAME, 12_000L),
                    new MemberHint(null, CareCategory.HEARING_AID, 100_000L));

            assertGoesToReview(analysis);
            assertThat(analysis.issues()).extracting(ReviewIssue::kind)
                    .containsExactly(ReviewIssue.Kind.CONTRADICTS_MEMBER);
            assertThat(analysis.reviewReason()).contains("HEARING_AID", "no line of the document matches");
        }

        @Test
        void the_declared_date_prefills_the_line_when_the_document_shows_two_but_a_reviewer_still_looks() {
            InvoiceAnalysis analysis = analyser.analyse(String.join("\n",
                            "Ostéopathe - N° ADELI 691234567", "Date des soins : 03/06/2025",
                            "Date des soins : 10/06/2025", "Honoraires : 60,00 €"),
                    DocumentKind.ALTERNATIVE_MEDICINE_INVOICE,
                    List.of(new MemberHint(LocalDate.of(2025, 6, 10), CareCategory.ALTERNATIVE_MEDICINE, 6_000L)));

            assertGoesToReview(analysis);
            assertThat(analysis.careLines().getFirst().careDate()).isEqualTo(LocalDate.of(2025, 6, 10));
            assertThat(analysis.issues()).extracting(ReviewIssue::field, ReviewIssue::kind)
                    .containsExactly(tuple(Field.CARE_DATE, ReviewIssue.Kind.UNCERTAIN));
        }

        @Test
        void a_declaration_never_fills_in_what_the_document_lacks() {
            InvoiceAnalysis analysis = analyser.analyse(String.join("\n",
                            "Ostéopathe - N° ADELI 691234567", "Date des soins : 03/06/2025"),
                    DocumentKind.ALTERNATIVE_MEDICINE_INVOICE,
                    List.of(new MemberHint(TestDocuments.OSTEOPATH_CARE_DATE, CareCategory.ALTERNATIVE_MEDICINE,
                            6_000L)));

            assertGoesToReview(analysis);
            assertThat(analysis.careLines()).isEmpty();
            assertThat(analysis.missing()).containsExactly(Field.BILLED_AMOUNT);
            assertThat(analysis.notes()).contains("Member declared 03/06/2025, ALTERNATIVE_MEDICINE, 60,00 €");
        }
    }
}
