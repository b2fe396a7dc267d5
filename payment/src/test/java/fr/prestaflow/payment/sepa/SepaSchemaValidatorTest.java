package fr.prestaflow.payment.sepa;

import static fr.prestaflow.payment.sepa.SepaFixtures.VALIDATOR;
import static fr.prestaflow.payment.sepa.SepaFixtures.batch;
import static fr.prestaflow.payment.sepa.SepaFixtures.bytes;
import static fr.prestaflow.payment.sepa.SepaFixtures.text;
import static fr.prestaflow.payment.sepa.SepaFixtures.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SepaSchemaValidatorTest {

    private final String validPain001 = text(new Pain001Writer(VALIDATOR).write(batch(transfer("E2E-1", 4250))));

    @Test
    void a_generated_pain001_has_no_problem() {
        assertThat(VALIDATOR.problems(SepaSchema.PAIN_001_001_09, bytes(validPain001))).isEmpty();
    }

    @Test
    void a_document_without_its_mandatory_debtor_is_rejected_with_the_line_of_the_problem() {
        String broken = validPain001.replaceAll("(?s)<Dbtr>.*?</Dbtr>", "");
        int lineOfDebtorAccount = lineOf(broken, "<DbtrAcct>");

        List<SchemaProblem> problems = VALIDATOR.problems(SepaSchema.PAIN_001_001_09, bytes(broken));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(lineOfDebtorAccount);
            assertThat(problem.message()).contains("DbtrAcct");
        });
    }

    @Test
    void an_amount_without_currency_and_a_bad_service_level_are_both_reported() {
        String broken = validPain001.replace(" Ccy=\"EUR\"", "").replace("<ChrgBr>SLEV</ChrgBr>", "<ChrgBr>FREE</ChrgBr>");

        List<SchemaProblem> problems = VALIDATOR.problems(SepaSchema.PAIN_001_001_09, bytes(broken));

        assertThat(problems).extracting(SchemaProblem::message)
                .anySatisfy(message -> assertThat(message).contains("Ccy"))
                .anySatisfy(message -> assertThat(message).contains("FREE"));
        assertThat(problems).allSatisfy(problem -> assertThat(problem.line()).isGreaterThan(1));
    }

    @Test
    void require_valid_throws_with_every_problem() {
        String broken = validPain001.replace("<PmtMtd>TRF</PmtMtd>", "<PmtMtd>CASH</PmtMtd>");

        assertThatThrownBy(() -> VALIDATOR.requireValid(SepaSchema.PAIN_001_001_09, bytes(broken)))
                .isInstanceOfSatisfying(InvalidSepaDocument.class, invalid -> {
                    assertThat(invalid.schema()).isEqualTo(SepaSchema.PAIN_001_001_09);
                    assertThat(invalid.problems()).isNotEmpty();
                    assertThat(invalid).hasMessageContaining("CASH").hasMessageContaining("line");
                });
    }

    @Test
    void a_pain001_is_not_a_pain002() {
        assertThat(VALIDATOR.problems(SepaSchema.PAIN_002_001_10, bytes(validPain001))).isNotEmpty();
    }

    @Test
    void a_document_that_is_not_well_formed_is_rejected() {
        String truncated = validPain001.substring(0, validPain001.length() / 2);

        assertThat(VALIDATOR.problems(SepaSchema.PAIN_001_001_09, bytes(truncated))).isNotEmpty();
    }

    @Test
    void a_doctype_with_an_external_entity_is_refused_without_reading_the_file(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOPSECRET");
        String xxe = validPain001
                .replace("<Document", "<!DOCTYPE Document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n<Document")
                .replace("<Nm>Jeanne Dupont</Nm>", "<Nm>&xxe;</Nm>");

        List<SchemaProblem> problems = VALIDATOR.problems(SepaSchema.PAIN_001_001_09, bytes(xxe));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.message()).contains("DOCTYPE").doesNotContain("TOPSECRET");
            assertThat(problem.line()).isEqualTo(2);
        });
        assertThatThrownBy(() -> new Pain001Reader(VALIDATOR).read(bytes(xxe)))
                .isInstanceOf(InvalidSepaDocument.class);
    }

    private static int lineOf(String xml, String fragment) {
        return xml.substring(0, xml.indexOf(fragment)).split("\n", -1).length;
    }
}
