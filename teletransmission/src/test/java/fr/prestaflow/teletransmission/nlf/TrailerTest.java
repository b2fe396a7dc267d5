package fr.prestaflow.teletransmission.nlf;

import static fr.prestaflow.teletransmission.nlf.Nlf.HEADER;
import static fr.prestaflow.teletransmission.nlf.Nlf.decompte;
import static fr.prestaflow.teletransmission.nlf.Nlf.entry;
import static fr.prestaflow.teletransmission.nlf.Nlf.line;
import static fr.prestaflow.teletransmission.nlf.Nlf.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TrailerTest {

    /** The valid file whose correct trailer is {@code 999|F-TEST-1|1|1|4|3000|3000|1900}, with this trailer. */
    private static Nlf.Ack runTrailer(String trailer) {
        return Nlf.run(Nlf.lines(HEADER, decompte("D1", 1, 1900), line("D1", 1), trailer));
    }

    @Test
    void the_generated_trailer_is_right() {
        assertThat(runTrailer("999|F-TEST-1|1|1|4|3000|3000|1900").codes()).isEmpty();
    }

    @Test
    void a_trailer_file_id_other_than_the_header_one_is_E060() {
        Nlf.Ack ack = runTrailer("999|F-TEST-2|1|1|4|3000|3000|1900");

        assertThat(ack.entries()).containsExactly(entry(4, "999", "", "NLF-E060", "FILE", "fileId", ""));
        assertThat(ack.status()).isEqualTo("REJECTED");
        assertThat(ack.counts()).containsExactly("1", "0", "1", "1", "0", "1", "1", "0");
    }

    @Test
    void wrong_counts_are_E061_compared_in_the_order_count100_count200_recordCount() {
        assertThat(runTrailer("999|F-TEST-1|2|2|5|3000|3000|1900").entries()).containsExactly(
                entry(4, "999", "", "NLF-E061", "FILE", "count100", "declared=2;counted=1"));
        assertThat(runTrailer("999|F-TEST-1|1|2|5|3000|3000|1900").entries()).containsExactly(
                entry(4, "999", "", "NLF-E061", "FILE", "count200", "declared=2;counted=1"));
        assertThat(runTrailer("999|F-TEST-1|1|1|5|1|1|1").entries()).containsExactly(
                entry(4, "999", "", "NLF-E061", "FILE", "recordCount", "declared=5;counted=4"));
    }

    @Test
    void the_record_count_includes_header_and_trailer_and_excludes_blank_lines() {
        Nlf.Ack ack = Nlf.run(Nlf.lines(HEADER, "", decompte("D1", 1, 1900), "", line("D1", 1),
                "999|F-TEST-1|1|1|4|3000|3000|1900"));

        assertThat(ack.codes()).containsExactly("NLF-W002", "NLF-W002");
    }

    @Test
    void wrong_sums_are_E062_compared_in_the_order_billed_base_amoPaid() {
        assertThat(runTrailer("999|F-TEST-1|1|1|4|1|1|1").entries()).containsExactly(
                entry(4, "999", "", "NLF-E062", "FILE", "sumBilledCents", "declared=1;computed=3000"));
        assertThat(runTrailer("999|F-TEST-1|1|1|4|3000|1|1").entries()).containsExactly(
                entry(4, "999", "", "NLF-E062", "FILE", "sumBaseCents", "declared=1;computed=3000"));
        assertThat(runTrailer("999|F-TEST-1|1|1|4|3000|3000|-1900").entries()).containsExactly(
                entry(4, "999", "", "NLF-E062", "FILE", "sumAmoPaidCents", "declared=-1900;computed=1900"));
    }

    @Test
    void counts_and_sums_cover_the_records_of_rejected_decomptes() {
        String file = Nlf.lines(HEADER, with(decompte("D1", 1, 1900), 5, "00"), with(line("D1", 1), 10, "-7"),
                decompte("D2", 1, 1900), line("D2", 1), "999|F-TEST-1|2|2|6|2993|6000|3800");

        Nlf.Ack ack = Nlf.run(file);

        assertThat(ack.codes()).containsExactly("NLF-E031");
        assertThat(ack.status()).isEqualTo("PARTIALLY_ACCEPTED");
    }

    @Test
    void sums_are_not_compared_when_a_care_line_has_a_wrong_field_count() {
        String file = Nlf.lines(HEADER, decompte("D1", 1, 1900), line("D1", 1) + "|extra", decompte("D2", 1, 1900),
                line("D2", 1), "999|F-TEST-1|2|2|6|1|1|1");

        assertThat(Nlf.run(file).codes()).containsExactly("NLF-E020");
    }

    @Test
    void sums_are_not_compared_when_a_care_line_has_an_invalid_amount_even_in_an_unchecked_decompte() {
        String file = Nlf.lines(HEADER, with(decompte("D1", 1, 1900), 5, "00"), with(line("D1", 1), 13, "1.5"),
                decompte("D2", 1, 1900), line("D2", 1), "999|F-TEST-1|2|2|6|1|1|1");

        assertThat(Nlf.run(file).codes()).containsExactly("NLF-E031");
    }

    @Test
    void an_invalid_amount_outside_fields_10_11_and_13_does_not_prevent_the_sum_comparison() {
        String file = Nlf.lines(HEADER, decompte("D1", 1, 1900), with(line("D1", 1), 14, "x"),
                decompte("D2", 1, 1900), line("D2", 1), "999|F-TEST-1|2|2|6|1|6000|3800");

        assertThat(Nlf.run(file).codes()).containsExactly("NLF-E022", "NLF-E062");
    }

    @Test
    void every_trailer_field_is_checked_for_syntax_before_any_value_is_compared() {
        assertThat(runTrailer("999|F-OTHER|9|9|9|9|9|x").entries())
                .containsExactly(entry(4, "999", "", "NLF-E022", "FILE", "sumAmoPaidCents", ""));
        assertThat(runTrailer("999|F-OTHER|01|1|4|3000|3000|1900").entries())
                .containsExactly(entry(4, "999", "", "NLF-E022", "FILE", "count100", ""));
        assertThat(runTrailer("999|F-OTHER|1|1|4|3000|3000|").entries())
                .containsExactly(entry(4, "999", "", "NLF-E021", "FILE", "sumAmoPaidCents", ""));
    }

    @Test
    void the_file_id_is_compared_before_the_counts() {
        assertThat(runTrailer("999|F-OTHER|9|9|9|9|9|9").codes()).containsExactly("NLF-E060");
    }

    @Test
    void the_trailer_closes_the_open_decompte_first() {
        Nlf.Ack ack = runTrailer("999|F-TEST-1|1|1|4|3000|3000|1");

        assertThat(Nlf.run(Nlf.lines(HEADER, decompte("D1", 2, 1900), line("D1", 1),
                "999|F-TEST-1|1|1|4|3000|3000|1")).codes()).containsExactly("NLF-E034", "NLF-E062");
        assertThat(ack.codes()).containsExactly("NLF-E062");
    }

    @Test
    void a_file_without_decompte_is_accepted_with_W004() {
        Nlf.Ack ack = Nlf.run(Nlf.lines(HEADER, "999|F-TEST-1|0|0|2|0|0|0"));

        assertThat(ack.entries()).containsExactly(entry(2, "999", "", "NLF-W004", "WARNING", "", ""));
        assertThat(ack.status()).isEqualTo("ACCEPTED");
        assertThat(ack.counts()).containsExactly("0", "0", "0", "0", "0", "0", "0", "1");
    }

    @Test
    void a_trailer_error_discards_everything_staged() {
        List<String> calls = new ArrayList<>();

        Nlf.Ack ack = Nlf.run(Nlf.lines(HEADER, decompte("D1", 1, 1900), line("D1", 1), "999|F-TEST-1|1|1|4|0|0|0"),
                NlfRegistry.NONE, new RecordingSink(calls));

        assertThat(ack.status()).isEqualTo("REJECTED");
        assertThat(calls).containsExactly("fileStarted F-TEST-1", "opened D1 line 2", "passed D1 line 3",
                "accepted D1 1/0", "discard");
    }

    @Test
    void control_sums_may_exceed_the_range_of_an_amount() {
        String big = with(with(with(line("D1", 1), 10, "999999999999"), 12, "0"), 13, "0");
        String file = Nlf.lines(HEADER, decompte("D1", 2, 0), big, with(big, 3, "2"),
                "999|F-TEST-1|1|2|5|1999999999998|6000|0");

        assertThat(Nlf.run(file).codes()).isEmpty();
        assertThat(Nlf.run(file.replace("1999999999998", "1999999999999")).entries()).containsExactly(entry(5,
                "999", "", "NLF-E062", "FILE", "sumBilledCents", "declared=1999999999999;computed=1999999999998"));
    }
}
