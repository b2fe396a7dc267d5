package fr.prestaflow.teletransmission.nlf;

import static fr.prestaflow.teletransmission.nlf.Nlf.decompte;
import static fr.prestaflow.teletransmission.nlf.Nlf.entry;
import static fr.prestaflow.teletransmission.nlf.Nlf.line;
import static fr.prestaflow.teletransmission.nlf.Nlf.with;
import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.identity.Nir;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DecompteHeaderTest {

    private static final String D1 = decompte("D1", 1, 1900);
    private static final String L1 = line("D1", 1);

    private static Nlf.Ack run(String... records) {
        return Nlf.run(Nlf.file(records));
    }

    /** D1 for a beneficiary with this NIR body (key computed) and birth date. */
    private static String beneficiary(String nir, String birthDate) {
        return with(with(with(D1, 4, nir), 5, Nir.keyOf(nir)), 7, birthDate);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3851175056123", "185117505612", "18511750561234", "1851120C56123", "18511 5056123",
            "2851175056123A"})
    void a_NIR_that_breaks_its_format_is_E030_on_nir(String nir) {
        assertThat(run(with(D1, 4, nir), L1).entries())
                .containsExactly(entry(2, "100", "D1", "NLF-E030", "DECOMPTE", "nir", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8", "087", "8A"})
    void a_NIR_key_that_is_not_two_digits_is_E030_on_nirKey(String key) {
        assertThat(run(with(D1, 5, key), L1).entries())
                .containsExactly(entry(2, "100", "D1", "NLF-E030", "DECOMPTE", "nirKey", ""));
    }

    @Test
    void a_wrong_NIR_key_is_E031_with_the_expected_key() {
        Nlf.Ack ack = run(with(D1, 5, "78"), L1);

        assertThat(ack.entries()).containsExactly(entry(2, "100", "D1", "NLF-E031", "DECOMPTE", "nirKey", "expected=87"));
        assertThat(ack.status()).isEqualTo("REJECTED");
    }

    @Test
    void Corsican_NIRs_are_keyed_with_19_for_2A_and_18_for_2B() {
        assertThat(run(with(with(with(D1, 4, "278032A004112"), 5, "37"), 7, "1978-03-09"), L1).codes()).isEmpty();
        assertThat(run(with(with(with(D1, 4, "182122B033007"), 5, "73"), 7, "1982-12-01"), L1).codes()).isEmpty();
        assertThat(run(with(with(with(D1, 4, "278032A004112"), 5, "17"), 7, "1978-03-09"), L1).entries())
                .containsExactly(entry(2, "100", "D1", "NLF-E031", "DECOMPTE", "nirKey", "expected=37"));
    }

    @Test
    void a_key_of_one_digit_value_is_written_on_two_digits() {
        String nir = "1010101010009";
        String key = Nir.keyOf(nir);

        assertThat(run(with(beneficiary(nir, "2001-01-01"), 5, key.equals("01") ? "02" : "01"), L1).entries())
                .containsExactly(entry(2, "100", "D1", "NLF-E031", "DECOMPTE", "nirKey", "expected=" + key));
        assertThat(key).hasSize(2);
    }

    @Test
    void a_second_decompte_with_the_same_id_is_E032_on_the_later_occurrence() {
        Nlf.Ack ack = run(D1, L1, D1, L1);

        assertThat(ack.entries()).containsExactly(entry(4, "100", "D1", "NLF-E032", "DECOMPTE", "decompteId", ""));
        assertThat(ack.counts()).containsExactly("2", "1", "1", "2", "1", "1", "1", "0");
    }

    @Test
    void an_id_counts_as_seen_even_when_a_later_field_of_its_record_fails() {
        Nlf.Ack ack = run(with(D1, 3, "CT-1"), L1, D1, L1);

        assertThat(ack.codes()).containsExactly("NLF-E025", "NLF-E032");
    }

    @Test
    void an_id_in_a_record_with_a_wrong_field_count_was_never_checked_so_is_not_seen() {
        Nlf.Ack ack = run(D1 + "|", L1, D1, L1);

        assertThat(ack.codes()).containsExactly("NLF-E020");
        assertThat(ack.status()).isEqualTo("PARTIALLY_ACCEPTED");
    }

    @Test
    void fewer_care_lines_than_declared_is_E034_on_the_decompte_line() {
        Nlf.Ack ack = run(decompte("D1", 2, 1900), L1, decompte("D2", 1, 1900), line("D2", 1));

        assertThat(ack.entries()).containsExactly(
                entry(2, "100", "D1", "NLF-E034", "DECOMPTE", "lineCount", "declared=2;found=1"));
        assertThat(ack.counts()).containsExactly("2", "1", "1", "2", "1", "1", "1", "0");
    }

    @Test
    void more_care_lines_than_declared_is_E034_at_the_trailer() {
        Nlf.Ack ack = run(D1, L1, line("D1", 2));

        assertThat(ack.entries()).containsExactly(
                entry(2, "100", "D1", "NLF-E034", "DECOMPTE", "lineCount", "declared=1;found=2"));
    }

    @Test
    void a_closing_error_is_listed_after_the_errors_of_its_care_lines() {
        Nlf.Ack ack = run(decompte("D1", 3, 3800), L1, with(line("D1", 2), 5, "DENTIST"),
                decompte("D2", 1, 1900), line("D2", 1));

        assertThat(ack.entries()).containsExactly(
                entry(4, "200", "D1", "NLF-E050", "LINE", "careCategory", ""),
                entry(2, "100", "D1", "NLF-E034", "DECOMPTE", "lineCount", "declared=3;found=2"));
    }

    @Test
    void a_wrong_AMO_total_is_E035_counting_lines_rejected_at_LINE_level() {
        String rejectedLine = with(line("D1", 2), 4, "2025-06-11");

        assertThat(run(decompte("D1", 2, 3800), L1, rejectedLine).entries())
                .containsExactly(entry(4, "200", "D1", "NLF-E052", "LINE", "careDate", ""));
        assertThat(run(decompte("D1", 2, 1900), L1, rejectedLine).entries()).containsExactly(
                entry(4, "200", "D1", "NLF-E052", "LINE", "careDate", ""),
                entry(2, "100", "D1", "NLF-E035", "DECOMPTE", "totalAmoPaidCents", "declared=1900;computed=3800"));
    }

    @Test
    void the_line_count_is_compared_before_the_AMO_total() {
        assertThat(run(decompte("D1", 2, 5), L1).codes()).containsExactly("NLF-E034");
    }

    @Test
    void a_decompte_with_a_DECOMPTE_error_is_not_closed_with_checks() {
        assertThat(run(with(decompte("D1", 2, 5), 5, "00"), L1).codes()).containsExactly("NLF-E031");
    }

    @Test
    void a_birth_date_after_the_AMO_payment_date_is_E038() {
        assertThat(run(with(D1, 7, "2025-06-11"), L1).entries())
                .containsExactly(entry(2, "100", "D1", "NLF-E038", "DECOMPTE", "birthDate", ""));
    }

    @Test
    void an_AMO_payment_date_after_the_file_creation_date_is_E039() {
        assertThat(run(with(D1, 8, "2025-06-13"), L1).entries())
                .containsExactly(entry(2, "100", "D1", "NLF-E039", "DECOMPTE", "amoPaymentDate", ""));
        assertThat(run(with(D1, 8, "2025-06-12"), L1).codes()).isEmpty();
    }

    @Test
    void record_rules_come_after_every_field_check() {
        assertThat(run(with(with(D1, 7, "2025-06-11"), 10, "0"), L1).codes()).containsExactly("NLF-E027");
        assertThat(run(with(with(D1, 7, "2025-06-14"), 8, "2025-06-13"), L1).codes()).containsExactly("NLF-E038");
    }

    @Test
    void a_NIR_whose_year_differs_from_the_birth_year_gets_W005() {
        assertThat(run(with(D1, 7, "1986-11-03"), L1).entries())
                .containsExactly(entry(2, "100", "D1", "NLF-W005", "WARNING", "nir", ""));
    }

    @Test
    void a_NIR_whose_month_differs_from_the_birth_month_gets_W005() {
        assertThat(run(with(D1, 7, "1985-10-03"), L1).codes()).containsExactly("NLF-W005");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1852075056123", "1859975056123", "1854275056123"})
    void NIR_months_20_to_99_are_legal_for_an_unknown_birth_month(String nir) {
        assertThat(run(beneficiary(nir, "1985-11-03"), L1).codes()).isEmpty();
    }

    @Test
    void NIR_month_00_is_neither_a_month_nor_in_20_to_99_and_gets_no_warning() {
        assertThat(run(beneficiary("1850075056123", "1985-11-03"), L1).codes()).isEmpty();
    }

    @Test
    void a_decompte_with_an_error_gets_no_warning() {
        assertThat(run(with(with(D1, 7, "1986-11-03"), 8, "2025-06-13"), L1).codes()).containsExactly("NLF-E039");
    }

    @Test
    void the_remaining_care_lines_of_a_rejected_decompte_are_counted_but_not_checked() {
        Nlf.Ack ack = run(with(decompte("D1", 2, 1900), 5, "11"), with(L1, 10, "x"), with(line("D1", 2), 5, "NOPE"),
                decompte("D2", 1, 1900), line("D2", 1));

        assertThat(ack.codes()).containsExactly("NLF-E031");
        assertThat(ack.counts()).containsExactly("2", "1", "1", "3", "1", "2", "1", "0");
    }
}
