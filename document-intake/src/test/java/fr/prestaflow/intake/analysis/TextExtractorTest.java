package fr.prestaflow.intake.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.intake.TestDocuments;
import fr.prestaflow.intake.analysis.ExtractedText.ExtractionStatus;
import fr.prestaflow.intake.analysis.ExtractedText.TextSource;
import fr.prestaflow.intake.documents.DocumentInspector;
import fr.prestaflow.intake.documents.DocumentType;
import fr.prestaflow.intake.documents.InspectedDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TextExtractorTest {

    private static final TesseractOcr INSTALLED = TesseractOcr.withDefaults();
    private static final TesseractOcr MISSING = new TesseractOcr(
            new TesseractOcr.Settings("/nonexistent/bin/tesseract", "fra", Duration.ofSeconds(5)));

    private final InvoiceAnalyser analyser = new InvoiceAnalyser(TestDocuments.clock());

    @Test
    void reads_the_text_layer_of_a_pdf_without_ocr() {
        ExtractedText text = new TextExtractor(MISSING).extract(DocumentType.PDF, TestDocuments.dentalInvoicePdf());

        assertThat(text.status()).isEqualTo(ExtractionStatus.COMPLETE);
        assertThat(text.source()).isEqualTo(TextSource.PDF_TEXT);
        assertThat(text.text()).contains("Couronne céramo-métallique", "650,00 €", "Date des soins : 12/06/2025");
        assertThat(text.pagesRead()).isEqualTo(1);
    }

    @Test
    void keeps_a_table_row_on_one_line() {
        ExtractedText text = new TextExtractor(MISSING).extract(DocumentType.PDF,
                TestDocuments.socialSecurityStatementPdf());

        assertThat(text.text()).contains("16/06/2025 Consultation G 30,00 30,00 70 % 19,00 -2,00");
    }

    @Test
    void reports_an_unreadable_pdf_instead_of_throwing() {
        ExtractedText text = new TextExtractor(MISSING).extract(DocumentType.PDF, TestDocuments.garbledPdf());

        assertThat(text.status()).isEqualTo(ExtractionStatus.UNREADABLE);
        assertThat(text.text()).isEmpty();
    }

    @Nested
    class Without_tesseract {

        private final TextExtractor extractor = new TextExtractor(MISSING);

        @Test
        void says_ocr_is_unavailable() {
            assertThat(MISSING.availability().available()).isFalse();
            assertThat(MISSING.availability().detail()).startsWith("OCR unavailable");
        }

        @Test
        void reports_ocr_unavailable_for_an_image() {
            ExtractedText text = extractor.extract(DocumentType.PNG, TestDocuments.clearInvoicePng());

            assertThat(text.status()).isEqualTo(ExtractionStatus.OCR_UNAVAILABLE);
            assertThat(text.detail()).contains("OCR unavailable");
            assertThat(text.isComplete()).isFalse();
        }

        @Test
        void reports_ocr_unavailable_for_a_scanned_pdf() {
            ExtractedText text = extractor.extract(DocumentType.PDF,
                    TestDocuments.scannedPdf(TestDocuments.OSTEOPATH_INVOICE));

            assertThat(text.status()).isEqualTo(ExtractionStatus.OCR_UNAVAILABLE);
            assertThat(text.detail()).contains("page 1 has no text layer", "OCR unavailable");
        }

        @Test
        void sends_a_photographed_invoice_to_review_instead_of_failing() {
            byte[] photo = TestDocuments.photographedInvoiceJpeg();
            InspectedDocument document = new DocumentInspector().inspect("photo.jpg", "image/jpeg", photo);

            ExtractedText text = extractor.extract(document, photo);
            InvoiceAnalysis analysis = analyser.analyse(text, DocumentKind.ALTERNATIVE_MEDICINE_INVOICE,
                    List.of(new MemberHint(TestDocuments.OSTEOPATH_CARE_DATE, CareCategory.ALTERNATIVE_MEDICINE,
                            TestDocuments.OSTEOPATH_BILLED_CENTS)));

            assertThat(analysis.needsReview()).isTrue();
            assertThat(analysis.careLines()).isEmpty();
            assertThat(analysis.issues()).extracting(ReviewIssue::field, ReviewIssue::kind)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(Field.TEXT, ReviewIssue.Kind.NOT_READ));
            assertThat(analysis.reviewReason()).contains("OCR unavailable");
            assertThat(analysis.notes()).anyMatch(note -> note.startsWith("Member declared 03/06/2025"));
        }
    }

    @Nested
    @DisabledOnOs(OS.WINDOWS)
    class With_a_misbehaving_tesseract {

        @TempDir
        Path directory;

        @Test
        void kills_a_run_that_exceeds_its_timeout() throws IOException {
            Path slow = script("sleeping-tesseract", "sleep 30");
            TextExtractor extractor = new TextExtractor(
                    new TesseractOcr(new TesseractOcr.Settings(slow.toString(), "fra", Duration.ofMillis(500))));
            long start = System.nanoTime();

            ExtractedText text = extractor.extract(DocumentType.PNG, TestDocuments.clearInvoicePng());

            assertThat(text.status()).isEqualTo(ExtractionStatus.OCR_FAILED);
            assertThat(text.detail()).contains("did not finish");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        }

        @Test
        void reports_a_failing_run() throws IOException {
            Path failing = script("failing-tesseract", "echo 'Error: cannot read input' >&2; exit 1");
            TextExtractor extractor = new TextExtractor(
                    new TesseractOcr(new TesseractOcr.Settings(failing.toString(), "fra", Duration.ofSeconds(5))));

            ExtractedText text = extractor.extract(DocumentType.PNG, TestDocuments.clearInvoicePng());

            assertThat(text.status()).isEqualTo(ExtractionStatus.OCR_FAILED);
            assertThat(text.detail()).contains("exited with 1", "cannot read input");
        }

        @Test
        void is_unavailable_without_the_french_language_data() throws IOException {
            Path englishOnly = script("english-tesseract", "echo 'List of available languages (1):'; echo eng",
                    "echo 'List of available languages (1):'; echo eng");
            TesseractOcr ocr = new TesseractOcr(
                    new TesseractOcr.Settings(englishOnly.toString(), "fra", Duration.ofSeconds(5)));

            assertThat(ocr.availability().available()).isFalse();
            assertThat(ocr.availability().detail()).contains("'fra' is not installed");
        }

        /** A stand-in for tesseract: answers --list-langs with French, and runs {@code body} for a recognition. */
        private Path script(String name, String body) throws IOException {
            return script(name, body, "echo 'List of available languages (2):'; echo eng; echo fra");
        }

        private Path script(String name, String body, String listLanguages) throws IOException {
            Path script = directory.resolve(name);
            Files.writeString(script, "#!/bin/sh\nif [ \"$1\" = \"--list-langs\" ]; then " + listLanguages
                    + "; exit 0; fi\n" + body + "\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
            return script;
        }
    }

    @Nested
    class With_tesseract {

        private final TextExtractor extractor = new TextExtractor(INSTALLED);

        @Test
        void reads_a_clear_invoice_image() {
            assumeTesseract();

            ExtractedText text = extractor.extract(DocumentType.PNG, TestDocuments.clearInvoicePng());

            assertThat(text.status()).isEqualTo(ExtractionStatus.COMPLETE);
            assertThat(text.source()).isEqualTo(TextSource.OCR);
            assertThat(text.text()).contains("03/06/2025", "60,00", "691234567");
        }

        @Test
        void reads_a_photographed_invoice() {
            assumeTesseract();

            ExtractedText text = extractor.extract(DocumentType.JPEG, TestDocuments.photographedInvoiceJpeg());

            assertThat(text.status()).isEqualTo(ExtractionStatus.COMPLETE);
            assertThat(text.text()).contains("03/06/2025", "60,00", "691234567");
        }

        @Test
        void renders_and_reads_a_scanned_pdf_without_text_layer() {
            assumeTesseract();

            ExtractedText text = extractor.extract(DocumentType.PDF,
                    TestDocuments.scannedPdf(TestDocuments.OSTEOPATH_INVOICE));

            assertThat(text.status()).isEqualTo(ExtractionStatus.COMPLETE);
            assertThat(text.source()).isEqualTo(TextSource.OCR);
            assertThat(text.text()).contains("03/06/2025", "60,00");
        }

        @Test
        void finds_no_text_on_a_blank_scan() {
            assumeTesseract();

            ExtractedText text = extractor.extract(DocumentType.PDF, TestDocuments.blankPdf());

            assertThat(text.status()).isEqualTo(ExtractionStatus.NO_TEXT_FOUND);
        }

        @Test
        void stops_ocr_after_the_page_limit() {
            assumeTesseract();
            TextExtractor onePage = new TextExtractor(INSTALLED, 1);
            byte[] twoScannedPages = TestDocuments.scannedPdfPages(TestDocuments.OSTEOPATH_INVOICE, 2);

            ExtractedText text = onePage.extract(DocumentType.PDF, twoScannedPages);

            assertThat(text.status()).isEqualTo(ExtractionStatus.PARTIAL);
            assertThat(text.detail()).contains("page 2 not OCRed");
            assertThat(text.pagesRead()).isEqualTo(1);
        }

        private static void assumeTesseract() {
            assumeThat(INSTALLED.availability().available())
                    .as("tesseract with French data is installed (%s)", INSTALLED.availability().detail()).isTrue();
        }
    }
}
