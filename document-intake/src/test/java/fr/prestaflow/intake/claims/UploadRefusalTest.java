package fr.prestaflow.intake.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import fr.prestaflow.intake.IntakeIntegrationTest;
import fr.prestaflow.intake.TestDocuments;
import fr.prestaflow.intake.UploadRequest;
import fr.prestaflow.intake.documents.RefusalCode;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** Every file is checked by its content before anything is stored; one refused file refuses the whole upload. */
class UploadRefusalTest extends IntakeIntegrationTest {

    static Stream<Arguments> refusedFiles() {
        return Stream.of(
                arguments("vide.pdf", "application/pdf", TestDocuments.emptyFile(), RefusalCode.EMPTY_FILE, 400),
                arguments("gros.pdf", "application/pdf", TestDocuments.oversizedFile(), RefusalCode.FILE_TOO_LARGE, 413),
                arguments("facture.gif", "image/gif", TestDocuments.gif(), RefusalCode.UNSUPPORTED_TYPE, 415),
                arguments("factures.pdf", "application/pdf", TestDocuments.zip(), RefusalCode.UNSUPPORTED_TYPE, 415),
                arguments("facture.txt", "text/plain", TestDocuments.text(), RefusalCode.UNSUPPORTED_TYPE, 415),
                arguments("facture.png", "image/png", TestDocuments.dentalInvoicePdf(), RefusalCode.TYPE_MISMATCH, 415),
                arguments("photo.jpg", "image/jpeg", TestDocuments.clearInvoicePng(), RefusalCode.TYPE_MISMATCH, 415),
                arguments("coupe.pdf", "application/pdf", TestDocuments.truncatedPdf(), RefusalCode.TRUNCATED_FILE, 400),
                arguments("coupe.png", "image/png", TestDocuments.truncatedPng(), RefusalCode.TRUNCATED_FILE, 400),
                arguments("coupe.jpg", "image/jpeg", TestDocuments.truncatedJpegWithThumbnail(),
                        RefusalCode.TRUNCATED_FILE, 400),
                arguments("secret.pdf", "application/pdf", TestDocuments.encryptedPdf("secret"),
                        RefusalCode.ENCRYPTED_PDF, 400),
                arguments("ouvert.pdf", "application/pdf", TestDocuments.encryptedPdf(""), RefusalCode.ENCRYPTED_PDF, 400),
                arguments("abime.png", "image/png", TestDocuments.corruptedPng(), RefusalCode.UNREADABLE_FILE, 400),
                arguments("sans-page.pdf", "application/pdf", TestDocuments.pdfWithoutPages(),
                        RefusalCode.UNREADABLE_FILE, 400));
    }

    @ParameterizedTest(name = "{3} for {0}")
    @MethodSource("refusedFiles")
    void a_refused_file_is_a_problem_with_its_code_and_name_and_nothing_is_saved(String fileName, String contentType,
                                                                               byte[] content, RefusalCode code,
                                                                               int status) throws Exception {
        String member = newContract();
        byte[] goodInvoice = TestDocuments.dentalInvoicePdf();

        MvcTestResult result = submit(member, UploadRequest.forContract(member)
                .document(DENTAL, "bonne-facture.pdf", goodInvoice)
                .document(DENTAL, fileName, contentType, content));

        assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = body(result);
        assertThat(problem.get("code").asString()).isEqualTo(code.name());
        assertThat(problem.get("file").asString()).isEqualTo(fileName);
        assertThat(problem.get("reason").asString()).contains(fileName);
        assertNothingSavedFor(member, goodInvoice);
    }

    @Test
    void the_refusal_cases_cover_every_refusal_code() {
        Set<RefusalCode> covered = EnumSet.noneOf(RefusalCode.class);
        refusedFiles().forEach(arguments -> covered.add((RefusalCode) arguments.get()[3]));

        assertThat(covered).containsExactlyInAnyOrder(RefusalCode.values());
    }

    @Test
    void every_refused_file_of_an_upload_is_listed() {
        String member = newContract();

        MvcTestResult result = submit(member, UploadRequest.forContract(member)
                .document(DENTAL, "vide.pdf", TestDocuments.emptyFile())
                .document(DENTAL, "bonne-facture.pdf", TestDocuments.dentalInvoicePdf())
                .document(DENTAL, "image.gif", TestDocuments.gif()));

        assertThat(result).hasStatus(400);
        JsonNode problem = body(result);
        assertThat(problem.get("code").asString()).isEqualTo("EMPTY_FILE");
        assertThat(problem.get("refusals").valueStream().map(refusal -> refusal.get("file").asString()))
                .containsExactly("vide.pdf", "image.gif");
        assertThat(problem.get("refusals").get(1).get("code").asString()).isEqualTo("UNSUPPORTED_TYPE");
    }

    private void assertNothingSavedFor(String member, byte[] acceptedContent) throws Exception {
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(acceptedContent));
        assertThat(count("select count(*) from claim where member_contract = :v", member)).isZero();
        assertThat(count("select count(*) from document where member_contract = :v", member)).isZero();
        assertThat(count("select count(*) from stored_document where sha256 = :v", sha256)).isZero();
        assertThat(count("select count(*) from outbox_event_log where payload::json -> 'beneficiary' ->> 'contractNumber' = :v",
                member)).isZero();
    }

    private long count(String sql, String value) {
        return jdbc.sql(sql).param("v", value).query(Long.class).single();
    }
}
