package fr.prestaflow.intake.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.prestaflow.intake.TestDocuments;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DocumentInspectorTest {

    private final DocumentInspector inspector = new DocumentInspector();

    @Nested
    class Accepts {

        @Test
        void a_pdf_invoice_with_its_hash_size_and_page_count() throws Exception {
            byte[] pdf = TestDocuments.dentalInvoicePdf();

            InspectedDocument document = inspector.inspect("facture-dentiste.pdf", "application/pdf", pdf);

            assertThat(document.type()).isEqualTo(DocumentType.PDF);
            assertThat(document.mediaType()).isEqualTo("application/pdf");
            assertThat(document.sha256())
                    .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
            assertThat(document.sizeBytes()).isEqualTo(pdf.length);
            assertThat(document.pageCount()).isEqualTo(1);
            assertThat(document.fileName()).isEqualTo("facture-dentiste.pdf");
        }

        @Test
        void a_png_with_its_size_in_pixels() {
            InspectedDocument document = inspector.inspect("scan.png", "image/png", TestDocuments.clearInvoicePng());

            assertThat(document.type()).isEqualTo(DocumentType.PNG);
            assertThat(document.mediaType()).isEqualTo("image/png");
            assertThat(document.pageCount()).isEqualTo(1);
            assertThat(document.widthPx()).isEqualTo(TestDocuments.clearInvoiceImage().getWidth());
            assertThat(document.heightPx()).isEqualTo(TestDocuments.clearInvoiceImage().getHeight());
        }

        @Test
        void a_phone_photo_in_jpeg_whatever_the_case_of_its_extension() {
            InspectedDocument document = inspector.inspect("IMG_2041.JPEG", "image/jpeg",
                    TestDocuments.photographedInvoiceJpeg());

            assertThat(document.type()).isEqualTo(DocumentType.JPEG);
            assertThat(document.mediaType()).isEqualTo("image/jpeg");
        }

        @Test
        void a_complete_photo_whose_exif_thumbnail_has_its_own_end_marker() {
            InspectedDocument document = inspector.inspect("photo.jpg", null, TestDocuments.jpegWithThumbnail());

            assertThat(document.type()).isEqualTo(DocumentType.JPEG);
        }

        @Test
        void a_file_without_extension_or_declared_type_by_its_content() {
            InspectedDocument document = inspector.inspect("document", null, TestDocuments.opticsInvoicePdf());

            assertThat(document.type()).isEqualTo(DocumentType.PDF);
        }

        @Test
        void a_generic_declared_content_type_as_no_opinion() {
            InspectedDocument document = inspector.inspect("facture.pdf", "application/octet-stream",
                    TestDocuments.dentalInvoicePdf());

            assertThat(document.type()).isEqualTo(DocumentType.PDF);
        }

        @Test
        void a_document_just_under_3_MB() {
            byte[] png = TestDocuments.pngJustUnderTheLimit();
            assertThat(png.length).isBetween(2_900_000, (int) DocumentInspector.MAX_BYTES);

            InspectedDocument document = inspector.inspect("photo.png", "image/png", png);

            assertThat(document.sizeBytes()).isEqualTo(png.length);
        }

        @Test
        void an_upload_read_from_a_stream() {
            byte[] pdf = TestDocuments.dentalInvoicePdf();

            InspectedDocument document = inspector.inspect("facture.pdf", "application/pdf",
                    new ByteArrayInputStream(pdf));

            assertThat(document.sizeBytes()).isEqualTo(pdf.length);
        }
    }

    @Nested
    class Refuses {

        @Test
        void an_empty_file() {
            assertRefused("vide.pdf", null, TestDocuments.emptyFile(), RefusalCode.EMPTY_FILE);
        }

        @Test
        void a_file_over_3_MB() {
            assertRefused("gros.pdf", "application/pdf", TestDocuments.oversizedFile(), RefusalCode.FILE_TOO_LARGE);
        }

        @Test
        void a_stream_over_3_MB_without_reading_it_all() {
            ByteArrayInputStream tenMegabytes = new ByteArrayInputStream(new byte[10 * 1024 * 1024]);

            assertThatThrownBy(() -> inspector.inspect("video.pdf", null, tenMegabytes))
                    .isInstanceOfSatisfying(DocumentRefused.class,
                            refused -> assertThat(refused.code()).isEqualTo(RefusalCode.FILE_TOO_LARGE));
            assertThat(tenMegabytes.available()).isEqualTo(10 * 1024 * 1024 - (int) DocumentInspector.MAX_BYTES - 1);
        }

        @Test
        void a_gif_renamed_pdf_and_says_it_is_a_gif() {
            DocumentRefused refused = assertRefused("facture.pdf", "application/pdf", TestDocuments.gif(),
                    RefusalCode.UNSUPPORTED_TYPE);

            assertThat(refused.reason()).contains("GIF");
        }

        @Test
        void a_zip_renamed_pdf() {
            DocumentRefused refused = assertRefused("facture.pdf", null, TestDocuments.zip(),
                    RefusalCode.UNSUPPORTED_TYPE);

            assertThat(refused.reason()).contains("ZIP");
        }

        @Test
        void a_text_file_renamed_pdf() {
            DocumentRefused refused = assertRefused("facture.pdf", null, TestDocuments.text(),
                    RefusalCode.UNSUPPORTED_TYPE);

            assertThat(refused.reason()).contains("text file");
        }

        @Test
        void a_png_named_as_a_jpeg() {
            DocumentRefused refused = assertRefused("photo.jpg", null, TestDocuments.clearInvoicePng(),
                    RefusalCode.TYPE_MISMATCH);

            assertThat(refused.reason()).contains("JPEG").contains("PNG");
        }

        @Test
        void a_pdf_sent_with_an_image_content_type() {
            assertRefused("facture", "image/png", TestDocuments.dentalInvoicePdf(), RefusalCode.TYPE_MISMATCH);
        }

        @Test
        void a_pdf_cut_in_half() {
            assertRefused("facture.pdf", "application/pdf", TestDocuments.truncatedPdf(), RefusalCode.TRUNCATED_FILE);
        }

        @Test
        void a_pdf_that_pdfbox_cannot_load_even_with_its_end_marker() {
            assertRefused("facture.pdf", null, TestDocuments.garbledPdf(), RefusalCode.TRUNCATED_FILE);
        }

        @Test
        void a_png_cut_in_half() {
            assertRefused("scan.png", null, TestDocuments.truncatedPng(), RefusalCode.TRUNCATED_FILE);
        }

        @Test
        void a_jpeg_without_its_end_marker() {
            assertRefused("photo.jpg", null, TestDocuments.truncatedJpeg(), RefusalCode.TRUNCATED_FILE);
        }

        @Test
        void a_truncated_photo_even_when_its_thumbnail_ends_with_an_end_marker() {
            byte[] truncated = TestDocuments.truncatedJpegWithThumbnail();
            assertThat(containsEndOfImage(truncated)).as("the thumbnail's FF D9 is in the truncated bytes").isTrue();

            assertRefused("photo.jpg", null, truncated, RefusalCode.TRUNCATED_FILE);
        }

        @Test
        void a_pdf_protected_by_a_password() {
            assertRefused("decompte.pdf", null, TestDocuments.encryptedPdf("secret"), RefusalCode.ENCRYPTED_PDF);
        }

        @Test
        void an_encrypted_pdf_even_when_it_opens_without_a_password() {
            assertRefused("decompte.pdf", null, TestDocuments.encryptedPdf(""), RefusalCode.ENCRYPTED_PDF);
        }

        @Test
        void a_png_whose_data_is_corrupted() {
            assertRefused("scan.png", null, TestDocuments.corruptedPng(), RefusalCode.UNREADABLE_FILE);
        }

        @Test
        void a_pdf_without_any_page() {
            assertRefused("vide.pdf", null, TestDocuments.pdfWithoutPages(), RefusalCode.UNREADABLE_FILE);
        }
    }

    static Stream<Arguments> everyRefusal() {
        return Stream.of(
                Arguments.of("vide.pdf", TestDocuments.emptyFile(), RefusalCode.EMPTY_FILE),
                Arguments.of("gros.pdf", TestDocuments.oversizedFile(), RefusalCode.FILE_TOO_LARGE),
                Arguments.of("image.pdf", TestDocuments.gif(), RefusalCode.UNSUPPORTED_TYPE),
                Arguments.of("photo.jpg", TestDocuments.clearInvoicePng(), RefusalCode.TYPE_MISMATCH),
                Arguments.of("coupe.pdf", TestDocuments.truncatedPdf(), RefusalCode.TRUNCATED_FILE),
                Arguments.of("secret.pdf", TestDocuments.encryptedPdf("secret"), RefusalCode.ENCRYPTED_PDF),
                Arguments.of("abime.png", TestDocuments.corruptedPng(), RefusalCode.UNREADABLE_FILE));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("everyRefusal")
    void every_refusal_has_its_stable_code_and_a_reason_naming_the_file(String name, byte[] content,
                                                                          RefusalCode code) {
        DocumentRefused refused = assertRefused(name, null, content, code);

        assertThat(refused.reason()).contains("'" + name + "'");
        assertThat(refused.fileName()).isEqualTo(name);
        assertThat(refused.getMessage()).startsWith(code.name());
    }

    @Test
    void the_refusal_cases_cover_every_refusal_code() {
        Set<RefusalCode> covered = EnumSet.noneOf(RefusalCode.class);

        everyRefusal().forEach(arguments -> covered.add((RefusalCode) arguments.get()[2]));

        assertThat(covered).containsExactlyInAnyOrder(RefusalCode.values());
    }

    @Test
    void a_refusal_without_file_name_still_reads_as_a_sentence() {
        DocumentRefused refused = assertRefused(null, null, TestDocuments.emptyFile(), RefusalCode.EMPTY_FILE);

        assertThat(refused.reason()).isEqualTo("The file is empty.");
    }

    private DocumentRefused assertRefused(String name, String contentType, byte[] content, RefusalCode code) {
        DocumentRefused refused = catchThrowableOfType(DocumentRefused.class,
                () -> inspector.inspect(name, contentType, content));
        assertThat(refused).as("refusal of %s", name).isNotNull();
        assertThat(refused.code()).isEqualTo(code);
        return refused;
    }

    private static boolean containsEndOfImage(byte[] bytes) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            if ((bytes[i] & 0xFF) == 0xFF && (bytes[i + 1] & 0xFF) == 0xD9) {
                return true;
            }
        }
        return false;
    }
}
