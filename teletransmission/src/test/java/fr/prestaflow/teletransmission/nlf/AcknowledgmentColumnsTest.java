package fr.prestaflow.teletransmission.nlf;

import static fr.prestaflow.teletransmission.nlf.Nlf.decompte;
import static fr.prestaflow.teletransmission.nlf.Nlf.entry;
import static fr.prestaflow.teletransmission.nlf.Nlf.line;
import static fr.prestaflow.teletransmission.nlf.Nlf.with;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The decompteId column and the status of NLF.md §7. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AcknowledgmentColumnsTest {

    @Test
    void a_decompte_entry_shows_its_field_2_only_when_it_matches_the_id_grammar() {
        assertThat(Nlf.run(Nlf.file(with(decompte("d1", 1, 1900), 3, "x"), line("d1", 1))).entries())
                .containsExactly(entry(2, "100", "", "NLF-E025", "DECOMPTE", "decompteId", ""));
        assertThat(Nlf.run(Nlf.file(with(decompte("D1", 1, 1900), 3, "x"), line("D1", 1))).entries())
                .containsExactly(entry(2, "100", "D1", "NLF-E025", "DECOMPTE", "contractNumber", ""));
    }

    @Test
    void a_decompte_with_too_few_fields_shows_its_id_if_there_is_one() {
        assertThat(Nlf.run(Nlf.file("100|D1|CT-000001", line("D1", 1))).entries())
                .containsExactly(entry(2, "100", "D1", "NLF-E020", "DECOMPTE", "", "expected=10;found=3"));
        assertThat(Nlf.run(Nlf.file("100", line("D1", 1))).entries())
                .containsExactly(entry(2, "100", "", "NLF-E020", "DECOMPTE", "", "expected=10;found=1"));
    }

    @Test
    void a_care_line_entry_shows_the_id_of_its_decompte_not_its_own_field_2() {
        assertThat(Nlf.run(Nlf.file(decompte("D1", 1, 1900), with(line("D1", 1), 2, "X9"))).entries())
                .containsExactly(entry(3, "200", "D1", "NLF-E036", "DECOMPTE", "decompteId", ""));
    }

    @Test
    void structural_errors_never_show_a_decompte_id() {
        assertThat(Nlf.run(Nlf.validFile() + line("D1", 2) + "\n").entries())
                .containsExactly(entry(5, "200", "", "NLF-E008", "FILE", "", ""));
    }

    @Test
    void status_is_accepted_with_warnings_partially_accepted_when_something_is_rejected_and_rejected_otherwise() {
        assertThat(Nlf.run(Nlf.file(decompte("D1", 1, 1899), with(line("D1", 1), 13, "1899"))).status())
                .isEqualTo("ACCEPTED");
        assertThat(Nlf.run(Nlf.file(decompte("D1", 2, 3800), line("D1", 1), with(line("D1", 2), 16, "FREE")))
                .status()).isEqualTo("PARTIALLY_ACCEPTED");
        assertThat(Nlf.run(Nlf.file(decompte("D1", 1, 1900), line("D1", 1), decompte("D1", 1, 1900),
                line("D1", 1))).status()).isEqualTo("PARTIALLY_ACCEPTED");
        assertThat(Nlf.run(Nlf.file(decompte("D1", 1, 1), line("D1", 1))).status()).isEqualTo("REJECTED");
    }

    @Test
    void the_result_carries_the_header_values_and_the_file_key() {
        NlfResult result = Nlf.run(Nlf.validFile()).result();

        assertThat(result.fileKey()).contains(new FileKey(Nlf.SENDER, Nlf.FILE_ID));
        assertThat(result.status()).isEqualTo(NlaStatus.ACCEPTED);
        assertThat(result.decomptesRejected()).isZero();
        assertThat(result.disposition()).isEqualTo(NlfResult.Disposition.PROCESSED);
        assertThat(result.isRecordable()).isTrue();
    }
}
