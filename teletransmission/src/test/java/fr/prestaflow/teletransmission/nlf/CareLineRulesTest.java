package fr.prestaflow.teletransmission.nlf;

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

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CareLineRulesTest {

    private static final String L1 = line("D1", 1);

    /** D1 (lineCount and total computed) with these lines, then a valid D2. */
    private static Nlf.Ack run(String... lines) {
        long total = 0;
        for (String line : lines) {
            total += Long.parseLong(line.split("\\|", -1)[12]);
        }
        String[] records = new String[lines.length + 3];
        records[0] = decompte("D1", lines.length, total);
        System.arraycopy(lines, 0, records, 1, lines.length);
        records[lines.length + 1] = decompte("D2", 1, 1900);
        records[lines.length + 2] = line("D2", 1);
        return Nlf.run(Nlf.file(records));
    }

    /** An optics line of 2025-05-28: base 3000, rate 60, AMO paid 1800. */
    private static String optics(String category, String basket, String side) {
        return "200|D1|1|2025-05-28|" + category + "|2210546|751234567|1|1|3000|3000|60|1800|0|0|" + basket + "|"
                + side + "|";
    }

    /** A regularisation line taking back a GP consultation. */
    private static String regularisation(String billed, String base, String amo, String participation,
                                         String franchise) {
        return with(with(with(with(with(with(L1, 10, billed), 11, base), 13, amo), 14, participation), 15, franchise),
                18, "R");
    }

    @Test
    void a_care_line_naming_another_decompte_is_E036_and_the_entry_names_the_enclosing_decompte() {
        Nlf.Ack ack = run(with(L1, 2, "D9"));

        assertThat(ack.entries()).containsExactly(entry(3, "200", "D1", "NLF-E036", "DECOMPTE", "decompteId", ""));
        assertThat(ack.status()).isEqualTo("PARTIALLY_ACCEPTED");
    }

    @Test
    void an_empty_decompte_id_on_a_care_line_is_E021() {
        assertThat(run(with(L1, 2, "")).codes()).containsExactly("NLF-E021");
    }

    @Test
    void line_numbers_out_of_sequence_are_E037_with_the_expected_number() {
        assertThat(run(with(L1, 3, "2")).entries())
                .containsExactly(entry(3, "200", "D1", "NLF-E037", "DECOMPTE", "lineNumber", "expected=1"));
        assertThat(run(L1, line("D1", 3)).entries())
                .containsExactly(entry(4, "200", "D1", "NLF-E037", "DECOMPTE", "lineNumber", "expected=2"));
        assertThat(run(with(L1, 3, "0")).entries())
                .containsExactly(entry(3, "200", "D1", "NLF-E037", "DECOMPTE", "lineNumber", "expected=1"));
    }

    @ParameterizedTest
    @CsvSource({"10, billedCents", "11, baseCents", "13, amoPaidCents", "14, participationCents",
            "15, franchiseCents"})
    void a_negative_amount_on_a_normal_line_is_E040_on_that_field(int field, String name) {
        assertThat(run(with(L1, field, "-1")).entries())
                .containsExactly(entry(3, "200", "D1", "NLF-E040", "DECOMPTE", name, ""));
    }

    @Test
    void E040_names_the_first_negative_amount_in_the_order_billed_base_amoPaid_participation_franchise() {
        assertThat(run(with(with(L1, 15, "-1"), 11, "-1")).entries())
                .containsExactly(entry(3, "200", "D1", "NLF-E040", "DECOMPTE", "baseCents", ""));
    }

    @Test
    void a_regularisation_line_with_a_positive_amount_is_E041_on_the_first_positive_field() {
        assertThat(run(regularisation("-3000", "-3000", "-1900", "200", "5")).entries())
                .containsExactly(entry(3, "200", "D1", "NLF-E041", "DECOMPTE", "participationCents", ""));
        assertThat(run(regularisation("3000", "-3000", "1900", "0", "0")).entries())
                .containsExactly(entry(3, "200", "D1", "NLF-E041", "DECOMPTE", "billedCents", ""));
    }

    @Test
    void a_regularisation_line_that_takes_nothing_back_is_E041_on_amoPaidCents() {
        assertThat(run(regularisation("-3000", "-3000", "0", "0", "0")).entries())
                .containsExactly(entry(3, "200", "D1", "NLF-E041", "DECOMPTE", "amoPaidCents", ""));
    }

    @Test
    void a_regularisation_line_with_negative_amounts_is_accepted_without_W003() {
        Nlf.Ack ack = run(regularisation("-3000", "-3000", "-1000", "0", "0"));

        assertThat(ack.codes()).isEmpty();
        assertThat(ack.status()).isEqualTo("ACCEPTED");
    }

    @Test
    void amount_fields_are_checked_for_syntax_before_their_signs() {
        assertThat(run(with(with(L1, 10, "-1"), 17, "UP")).codes()).containsExactly("NLF-E026");
    }

    @Test
    void an_unknown_care_category_is_E050_and_only_that_line_is_rejected() {
        Nlf.Ack ack = run(with(L1, 5, "DENTIST"), line("D1", 2));

        assertThat(ack.entries()).containsExactly(entry(3, "200", "D1", "NLF-E050", "LINE", "careCategory", ""));
        assertThat(ack.status()).isEqualTo("PARTIALLY_ACCEPTED");
        assertThat(ack.counts()).containsExactly("2", "2", "0", "3", "2", "1", "1", "0");
    }

    @Test
    void the_21_categories_of_the_care_line_are_known() {
        assertThat(run(with(L1, 5, "BIRTH_ALLOWANCE")).codes()).isEmpty();
        assertThat(run(with(L1, 5, "HOSPITAL_PRIVATE_ROOM")).codes()).isEmpty();
    }

    @Test
    void AMO_paid_above_the_base_is_E051_in_absolute_value() {
        assertThat(run(with(L1, 13, "3001")).entries())
                .containsExactly(entry(3, "200", "D1", "NLF-E051", "LINE", "amoPaidCents", ""));
        assertThat(run(regularisation("-3000", "-3000", "-3001", "0", "0")).codes()).containsExactly("NLF-E051");
    }

    @Test
    void a_care_date_after_the_AMO_payment_date_is_E052() {
        assertThat(run(with(L1, 4, "2025-06-11")).entries())
                .containsExactly(entry(3, "200", "D1", "NLF-E052", "LINE", "careDate", ""));
    }

    @Test
    void a_care_date_before_the_birth_date_is_E053() {
        assertThat(run(with(L1, 4, "1985-11-02")).entries())
                .containsExactly(entry(3, "200", "D1", "NLF-E053", "LINE", "careDate", ""));
    }

    @Test
    void a_basket_is_required_for_optics_frames_and_lenses_dental_prostheses_and_hearing_aids_only() {
        assertThat(run(with(L1, 16, "RAC0")).entries())
                .containsExactly(entry(3, "200", "D1", "NLF-E054", "LINE", "basket", ""));
        assertThat(run(optics("OPTICS_FRAME", "", "")).entries())
                .containsExactly(entry(3, "200", "D1", "NLF-E054", "LINE", "basket", ""));
        assertThat(run(optics("OPTICS_FRAME", "RAC0", "")).codes()).isEmpty();
        assertThat(run(optics("DENTAL_PROSTHESIS", "MODERATE", "")).codes()).isEmpty();
    }

    @Test
    void a_side_is_required_for_optics_lenses_contact_lenses_and_hearing_aids_only() {
        assertThat(run(optics("OPTICS_LENS", "FREE", "")).entries())
                .containsExactly(entry(3, "200", "D1", "NLF-E055", "LINE", "side", ""));
        assertThat(run(optics("OPTICS_FRAME", "FREE", "LEFT")).codes()).containsExactly("NLF-E055");
        assertThat(run(optics("CONTACT_LENSES", "", "BOTH")).codes()).isEmpty();
        assertThat(run(optics("HEARING_AID", "RAC0", "RIGHT")).codes()).isEmpty();
    }

    @Test
    void LINE_rules_are_checked_in_order_and_only_the_first_failure_is_reported() {
        assertThat(run(with(with(with(L1, 13, "3001"), 4, "2025-06-11"), 16, "FREE")).codes())
                .containsExactly("NLF-E051");
        assertThat(run(with(with(L1, 4, "1900-01-01"), 16, "FREE")).codes()).containsExactly("NLF-E053");
    }

    @Test
    void DECOMPTE_checks_of_a_line_come_before_its_LINE_rules() {
        assertThat(run(with(with(L1, 5, "DENTIST"), 14, "-1")).codes()).containsExactly("NLF-E040");
    }

    @Test
    void a_decompte_whose_every_line_is_rejected_at_LINE_level_is_rejected_without_an_entry_of_its_own() {
        Nlf.Ack ack = run(with(L1, 5, "DENTIST"), with(line("D1", 2), 13, "9999"));

        assertThat(ack.codes()).containsExactly("NLF-E050", "NLF-E051");
        assertThat(ack.counts()).containsExactly("2", "1", "1", "3", "1", "2", "2", "0");
    }

    @Test
    void a_file_whose_only_decompte_is_rejected_is_rejected() {
        Nlf.Ack ack = Nlf.run(Nlf.file(decompte("D1", 1, 1900), with(L1, 5, "DENTIST")));

        assertThat(ack.status()).isEqualTo("REJECTED");
        assertThat(ack.counts()).containsExactly("1", "0", "1", "1", "0", "1", "1", "0");
    }

    @Test
    void after_a_DECOMPTE_error_on_a_line_the_rest_of_the_decompte_is_not_checked() {
        Nlf.Ack ack = run(L1, with(line("D1", 2), 10, "-5"), with(line("D1", 3), 5, "DENTIST"));

        assertThat(ack.entries())
                .containsExactly(entry(4, "200", "D1", "NLF-E040", "DECOMPTE", "billedCents", ""));
        assertThat(ack.counts()).containsExactly("2", "1", "1", "4", "1", "3", "1", "0");
    }

    @Test
    void an_AMO_paid_that_differs_from_the_AMO_formula_gets_W003_with_the_expected_amount() {
        assertThat(run(with(L1, 13, "1899")).entries())
                .containsExactly(entry(3, "200", "D1", "NLF-W003", "WARNING", "amoPaidCents", "expected=1900"));
    }

    @Test
    void the_AMO_formula_rounds_half_up_to_the_cent_and_never_goes_below_zero() {
        // 1846 × 65 = 119990 → 1199.9 → 1200 - 200 franchise = 1000.
        String pharmacy = "200|D1|1|2025-06-02|PHARMACY_65|PH7|10003456789|1|2|1846|1846|65|1000|0|200|||";
        // 150 × 15 = 22.5 → 23, minus 100 franchise, floored at 0.
        String cheap = "200|D1|2|2025-06-02|PHARMACY_15|PH2|10003456789|1|1|150|150|15|0|0|100|||";
        // 5 × 50 = 2.5 → 3 (half up).
        String half = "200|D1|3|2025-06-02|LABORATORY|B|10003456789|1|1|5|5|50|3|0|0|||";

        assertThat(run(pharmacy, cheap, half).codes()).isEmpty();
        assertThat(run(with(with(half, 3, "1"), 13, "2")).entries())
                .containsExactly(entry(3, "200", "D1", "NLF-W003", "WARNING", "amoPaidCents", "expected=3"));
    }

    @Test
    void a_care_date_more_than_two_years_before_payment_gets_W006() {
        assertThat(run(with(L1, 4, "2023-06-09")).entries())
                .containsExactly(entry(3, "200", "D1", "NLF-W006", "WARNING", "careDate", ""));
        assertThat(run(with(L1, 4, "2023-06-10")).codes()).isEmpty();
    }

    @Test
    void two_years_before_29_February_is_28_February() {
        String paidOnLeapDay = with(decompte("D1", 1, 1900), 8, "2024-02-29");
        String file = Nlf.file(paidOnLeapDay, with(L1, 4, "2022-02-27"));

        assertThat(Nlf.run(file).codes()).containsExactly("NLF-W006");
        assertThat(Nlf.run(Nlf.file(paidOnLeapDay, with(L1, 4, "2022-02-28"))).codes()).isEmpty();
    }

    @Test
    void a_line_can_get_W003_then_W006() {
        assertThat(run(with(with(L1, 13, "1"), 4, "2020-01-01")).codes()).containsExactly("NLF-W003", "NLF-W006");
    }

    @Test
    void a_line_with_an_error_gets_no_warning() {
        assertThat(run(with(with(with(L1, 13, "1"), 4, "2020-01-01"), 17, "LEFT")).codes())
                .containsExactly("NLF-E055");
    }
}
