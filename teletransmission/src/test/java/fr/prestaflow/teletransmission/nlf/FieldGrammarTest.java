package fr.prestaflow.teletransmission.nlf;

import static fr.prestaflow.teletransmission.nlf.Nlf.HEADER;
import static fr.prestaflow.teletransmission.nlf.Nlf.decompte;
import static fr.prestaflow.teletransmission.nlf.Nlf.entry;
import static fr.prestaflow.teletransmission.nlf.Nlf.line;
import static fr.prestaflow.teletransmission.nlf.Nlf.with;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** E020..E027: the generic field codes, FILE on {@code 000}/{@code 999}, DECOMPTE on {@code 100}/{@code 200}. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FieldGrammarTest {

    private static final String D1 = decompte("D1", 1, 1900);
    private static final String L1 = line("D1", 1);

    /** A file with D1 (modified by the caller) and a valid D2 after it. */
    private static Nlf.Ack runDecompte(String header, String careLine) {
        return Nlf.run(Nlf.file(header, careLine, decompte("D2", 1, 1900), line("D2", 1)));
    }

    private static Nlf.Ack runTrailer(String trailer) {
        String file = Nlf.validFile();
        String valid = file.lines().toList().getLast();
        return Nlf.run(file.replace(valid, trailer));
    }

    @Test
    void a_wrong_field_count_on_a_decompte_rejects_that_decompte_only() {
        Nlf.Ack ack = runDecompte(D1 + "|", L1);

        assertThat(ack.entries()).containsExactly(entry(2, "100", "D1", "NLF-E020", "DECOMPTE", "", "expected=10;found=11"));
        assertThat(ack.status()).isEqualTo("PARTIALLY_ACCEPTED");
        assertThat(ack.counts()).containsExactly("2", "1", "1", "2", "1", "1", "1", "0");
    }

    @Test
    void a_wrong_field_count_on_a_care_line_is_DECOMPTE_and_on_the_trailer_FILE() {
        assertThat(runDecompte(D1, L1 + "|").entries())
                .containsExactly(entry(3, "200", "D1", "NLF-E020", "DECOMPTE", "", "expected=18;found=19"));
        assertThat(runTrailer("999|F-TEST-1|1|1|4|3000|3000").entries())
                .containsExactly(entry(4, "999", "", "NLF-E020", "FILE", "", "expected=8;found=7"));
    }

    @Test
    void an_empty_mandatory_field_is_E021_whatever_its_type() {
        assertThat(runDecompte(with(D1, 3, ""), L1).entries())
                .containsExactly(entry(2, "100", "D1", "NLF-E021", "DECOMPTE", "contractNumber", ""));
        assertThat(runDecompte(with(D1, 4, ""), L1).entries())
                .containsExactly(entry(2, "100", "D1", "NLF-E021", "DECOMPTE", "nir", ""));
        assertThat(runDecompte(D1, with(L1, 11, "")).entries())
                .containsExactly(entry(3, "200", "D1", "NLF-E021", "DECOMPTE", "baseCents", ""));
        assertThat(runDecompte(D1, with(L1, 8, "")).entries())
                .containsExactly(entry(3, "200", "D1", "NLF-E021", "DECOMPTE", "practitionerOptam", ""));
        assertThat(runTrailer("999||1|1|4|3000|3000|1900").entries())
                .containsExactly(entry(4, "999", "", "NLF-E021", "FILE", "fileId", ""));
        assertThat(Nlf.run(Nlf.validFile().replace(HEADER, with(HEADER, 6, ""))).entries())
                .containsExactly(entry(1, "000", "", "NLF-E021", "FILE", "createdAt", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "-1", "+1", "1.0", " 1", "1 ", "1e2", "１"})
    void a_uint_with_a_sign_a_leading_zero_a_blank_or_a_non_ASCII_digit_is_E022(String rank) {
        assertThat(runDecompte(with(D1, 6, rank), L1).entries())
                .containsExactly(entry(2, "100", "D1", "NLF-E022", "DECOMPTE", "beneficiaryRank", ""));
    }

    @Test
    void a_uint_of_ten_digits_is_E022_not_E027() {
        assertThat(runDecompte(with(D1, 10, "1000000000"), L1).codes()).containsExactly("NLF-E022");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0", "+3000", "03000", "30.00", "1000000000000", "-1000000000000", "-"})
    void an_amount_with_minus_zero_a_plus_a_leading_zero_decimals_or_13_digits_is_E022(String billed) {
        assertThat(runDecompte(D1, with(L1, 10, billed)).entries())
                .containsExactly(entry(3, "200", "D1", "NLF-E022", "DECOMPTE", "billedCents", ""));
    }

    @Test
    void an_amount_of_12_digits_is_valid() {
        assertThat(runDecompte(D1, with(L1, 10, "999999999999")).codes()).isEmpty();
    }

    @Test
    void a_total_of_19_digits_is_E022_on_the_trailer() {
        assertThat(runTrailer("999|F-TEST-1|1|1|4|1000000000000000000|3000|1900").entries())
                .containsExactly(entry(4, "999", "", "NLF-E022", "FILE", "sumBilledCents", ""));
        assertThat(runTrailer("999|F-TEST-1|1|1|4|-999999999999999999|3000|1900").entries())
                .containsExactly(entry(4, "999", "", "NLF-E062", "FILE", "sumBilledCents",
                        "declared=-999999999999999999;computed=3000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-29", "2025-04-31", "1899-12-31", "2100-01-01", "2025-6-10", "20250610",
            "2025/06/10", "2025-06-10T00:00:00Z", "2025-13-01", "2025-00-10"})
    void a_date_that_is_not_a_real_day_of_1900_to_2099_is_E023_never_E027(String date) {
        assertThat(runDecompte(with(D1, 7, date), L1).entries())
                .containsExactly(entry(2, "100", "D1", "NLF-E023", "DECOMPTE", "birthDate", ""));
    }

    @Test
    void leap_days_and_the_limits_of_the_date_range_are_valid() {
        // Only the NIR warning: the NIR says born in November 1985.
        assertThat(runDecompte(with(D1, 7, "1900-01-01"), L1).codes()).containsExactly("NLF-W005");
        assertThat(runDecompte(with(D1, 7, "2000-02-29"), with(L1, 4, "2024-02-29")).codes())
                .containsExactly("NLF-W005");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-06-12T24:00:00Z", "2025-06-12T06:60:00Z", "2025-06-12T06:15:60Z",
            "2025-06-12T06:15:00+15:00", "2025-06-12T06:15:00+02:60", "2025-06-12T06:15:00.000Z",
            "2025-06-12T06:15:00", "2025-06-12t06:15:00Z", "2025-06-12T06:15:00z", "2025-06-12T06:15:00+0200",
            "2025-02-30T06:15:00Z", "2100-01-01T00:00:00Z", "2025-06-12T06:15Z", "2025-06-12T06:15:00 02:00"})
    void a_timestamp_breaking_its_grammar_or_its_limits_is_E024_never_E027(String createdAt) {
        assertThat(Nlf.run(Nlf.validFile().replace(HEADER, with(HEADER, 6, createdAt))).entries())
                .containsExactly(entry(1, "000", "", "NLF-E024", "FILE", "createdAt", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-06-12T06:15:00Z", "2025-06-12T23:59:59+14:00", "2025-06-12T00:00:00-14:59",
            "2025-06-12T06:15:00-00:00"})
    void timestamps_with_Z_or_an_offset_up_to_14_59_are_valid(String createdAt) {
        assertThat(Nlf.run(Nlf.validFile().replace(HEADER, with(HEADER, 6, createdAt))).codes()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"3, CT-12345, contractNumber", "3, ct-123456, contractNumber", "2, d1, decompteId",
            "2, D1234567890123456789X, decompteId", "2, -D1, decompteId"})
    void a_value_not_matching_its_regex_is_E025(int field, String value, String name) {
        String id = name.equals("decompteId") ? "" : "D1";
        assertThat(runDecompte(with(D1, field, value), L1).entries())
                .containsExactly(entry(2, "100", id, "NLF-E025", "DECOMPTE", name, ""));
    }

    @ParameterizedTest
    @CsvSource({"5, gp_consultation, careCategory", "6, G1234567890123, actCode", "7, 1000345678, practitionerId",
            "7, 12345678A, practitionerId"})
    void care_line_values_not_matching_their_regex_are_E025(int field, String value, String name) {
        assertThat(runDecompte(D1, with(L1, field, value)).entries())
                .containsExactly(entry(3, "200", "D1", "NLF-E025", "DECOMPTE", name, ""));
    }

    @ParameterizedTest
    @CsvSource({"8, 2, practitionerOptam", "8, true, practitionerOptam", "16, GOLD, basket", "16, rac0, basket",
            "17, UP, side", "18, X, regularisation", "18, r, regularisation"})
    void a_value_outside_its_closed_list_is_E026(int field, String value, String name) {
        assertThat(runDecompte(D1, with(L1, field, value)).entries())
                .containsExactly(entry(3, "200", "D1", "NLF-E026", "DECOMPTE", name, ""));
    }

    @ParameterizedTest
    @CsvSource({"100, 6, 0, beneficiaryRank", "100, 6, 100, beneficiaryRank", "100, 10, 0, lineCount",
            "100, 10, 10000, lineCount", "200, 9, 0, quantity", "200, 12, 101, amoRatePercent"})
    void a_number_outside_the_range_of_its_field_is_E027(String type, int field, String value, String name) {
        Nlf.Ack ack = type.equals("100") ? runDecompte(with(D1, field, value), L1) : runDecompte(D1, with(L1, field, value));

        assertThat(ack.entries()).containsExactly(entry(type.equals("100") ? 2 : 3, type, "D1", "NLF-E027",
                "DECOMPTE", name, ""));
    }

    @Test
    void fields_are_checked_in_field_order_and_only_the_first_failure_is_reported() {
        String header = with(with(with(D1, 3, "CT-1"), 6, "0"), 7, "never");

        assertThat(runDecompte(header, L1).entries())
                .containsExactly(entry(2, "100", "D1", "NLF-E025", "DECOMPTE", "contractNumber", ""));
    }

    @Test
    void within_a_field_mandatory_comes_before_grammar_and_grammar_before_range() {
        assertThat(runDecompte(D1, with(with(L1, 9, ""), 12, "x")).codes()).containsExactly("NLF-E021");
        assertThat(runDecompte(D1, with(with(L1, 9, "0"), 12, "x")).codes()).containsExactly("NLF-E027");
        assertThat(runDecompte(D1, with(with(L1, 9, "00"), 12, "101")).codes()).containsExactly("NLF-E022");
    }

    @Test
    void a_field_is_never_trimmed() {
        assertThat(runDecompte(with(D1, 3, "CT-000001 "), L1).codes()).containsExactly("NLF-E025");
    }
}
