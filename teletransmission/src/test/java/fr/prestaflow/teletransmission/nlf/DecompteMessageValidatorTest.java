package fr.prestaflow.teletransmission.nlf;

import static fr.prestaflow.teletransmission.nlf.Nlf.decompte;
import static fr.prestaflow.teletransmission.nlf.Nlf.entry;
import static fr.prestaflow.teletransmission.nlf.Nlf.line;
import static fr.prestaflow.teletransmission.nlf.Nlf.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** One décompte per message on noemie.inbound.decomptes.v1, checked with the record checks of a file. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DecompteMessageValidatorTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 12);

    private static DecompteMessageResult validate(String... lines) {
        return new DecompteMessageValidator().validate(Nlf.SENDER, AS_OF, Nlf.bytes(Nlf.lines(lines)));
    }

    private static List<String> entries(DecompteMessageResult result) {
        return result.entries().stream().map(entry -> entry.toLine().stripTrailing()).toList();
    }

    @Test
    void a_valid_message_is_accepted_with_its_decompte_and_care_lines() {
        DecompteMessageResult result = validate(decompte("D1", 2, 3800), line("D1", 1), line("D1", 2));

        assertThat(result.status()).isEqualTo(NlaStatus.ACCEPTED);
        assertThat(result.entries()).isEmpty();
        assertThat(result.accepted()).hasValueSatisfying(decompte -> {
            assertThat(decompte.header().decompteId()).isEqualTo("D1");
            assertThat(decompte.careLines()).hasSize(2);
        });
    }

    @Test
    void a_rejected_header_gives_the_same_code_with_line_numbers_of_the_message() {
        DecompteMessageResult result = validate(with(decompte("D1", 1, 1900), 5, "12"), line("D1", 1));

        assertThat(entries(result))
                .containsExactly(entry(1, "100", "D1", "NLF-E031", "DECOMPTE", "nirKey", "expected=87"));
        assertThat(result.status()).isEqualTo(NlaStatus.REJECTED);
        assertThat(result.accepted()).isEmpty();
    }

    @Test
    void a_line_rejected_at_LINE_level_leaves_the_rest_of_the_decompte_accepted() {
        DecompteMessageResult result = validate(decompte("D1", 2, 3800), line("D1", 1),
                with(line("D1", 2), 5, "DENTIST"));

        assertThat(entries(result)).containsExactly(entry(3, "200", "D1", "NLF-E050", "LINE", "careCategory", ""));
        assertThat(result.status()).isEqualTo(NlaStatus.PARTIALLY_ACCEPTED);
        assertThat(result.accepted()).hasValueSatisfying(decompte -> {
            assertThat(decompte.lines()).hasSize(1);
            assertThat(decompte.rejectedLines()).extracting(RejectedLine::code).containsExactly(NlfCode.E050);
        });
    }

    @Test
    void the_decompte_is_closed_at_the_end_of_the_message() {
        DecompteMessageResult result = validate(decompte("D1", 2, 1900), line("D1", 1));

        assertThat(entries(result))
                .containsExactly(entry(1, "100", "D1", "NLF-E034", "DECOMPTE", "lineCount", "declared=2;found=1"));
        assertThat(result.accepted()).isEmpty();
    }

    @Test
    void the_payment_date_is_compared_with_the_date_the_caller_gives() {
        DecompteMessageResult result = new DecompteMessageValidator().validate(Nlf.SENDER, LocalDate.of(2025, 6, 9),
                Nlf.bytes(Nlf.lines(decompte("D1", 1, 1900), line("D1", 1))));

        assertThat(result.entries()).extracting(NlaEntry::code).containsExactly(NlfCode.E039);
    }

    @Test
    void a_decompte_already_ingested_from_the_sender_is_E033() {
        var registry = new InMemoryNlfRegistry().recordDecompte(Nlf.SENDER, "D1");

        DecompteMessageResult result = new DecompteMessageValidator(registry).validate(Nlf.SENDER, AS_OF,
                Nlf.bytes(Nlf.lines(decompte("D1", 1, 1900), line("D1", 1))));

        assertThat(result.entries()).extracting(NlaEntry::code).containsExactly(NlfCode.E033);
    }

    @Test
    void file_records_and_a_second_decompte_are_not_allowed_in_a_message() {
        assertThat(entries(validate(Nlf.HEADER, decompte("D1", 1, 1900))))
                .containsExactly(entry(1, "", "", "NLF-E001", "FILE", "recordType", ""));
        assertThat(entries(validate(decompte("D1", 1, 1900), line("D1", 1), "999|F|1|1|3|0|0|0")))
                .containsExactly(entry(3, "", "", "NLF-E001", "FILE", "recordType", ""));
        assertThat(entries(validate(decompte("D1", 1, 1900), line("D1", 1), decompte("D2", 1, 1900))))
                .containsExactly(entry(3, "100", "", "NLF-E006", "FILE", "", ""));
        assertThat(entries(validate(line("D1", 1)))).containsExactly(entry(1, "200", "", "NLF-E005", "FILE", "", ""));
    }

    @Test
    void an_empty_message_is_E004_and_warnings_do_not_reject() {
        DecompteMessageResult empty = new DecompteMessageValidator().validate(Nlf.SENDER, AS_OF, new byte[0]);
        DecompteMessageResult warned = validate(decompte("D1", 1, 1899), with(line("D1", 1), 13, "1899"));

        assertThat(empty.status()).isEqualTo(NlaStatus.REJECTED);
        assertThat(empty.entries()).extracting(NlaEntry::code).containsExactly(NlfCode.E004);
        assertThat(warned.status()).isEqualTo(NlaStatus.ACCEPTED);
        assertThat(warned.hasErrors()).isFalse();
        assertThat(warned.entries()).extracting(NlaEntry::code).containsExactly(NlfCode.W003);
    }
}
