package fr.prestaflow.teletransmission.nlf;

import static fr.prestaflow.teletransmission.nlf.Nlf.HEADER;
import static fr.prestaflow.teletransmission.nlf.Nlf.decompte;
import static fr.prestaflow.teletransmission.nlf.Nlf.entry;
import static fr.prestaflow.teletransmission.nlf.Nlf.line;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StructureTest {

    @Test
    void an_unknown_record_type_is_E001_on_the_recordType_field_with_an_empty_recordType_column() {
        Nlf.Ack ack = Nlf.run(Nlf.lines(HEADER, decompte("D1", 1, 1900), "300|D1|1", line("D1", 1)));

        assertThat(ack.entries()).containsExactly(entry(3, "", "", "NLF-E001", "FILE", "recordType", ""));
        assertThat(ack.counts()).containsExactly("1", "0", "1", "0", "0", "0", "1", "0");
    }

    @Test
    void an_empty_file_is_E004_on_line_0() {
        Nlf.Ack ack = Nlf.run(new byte[0]);

        assertThat(ack.text()).isEqualTo("000|NLA1.0||||"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855|REJECTED|0|0|0|0|0|0|1|0\n"
                + entry(0, "", "", "NLF-E004", "FILE", "", "") + "\n999|1\n");
    }

    @Test
    void a_file_of_blank_lines_has_no_record() {
        Nlf.Ack ack = Nlf.run("\n\r\n");

        assertThat(ack.codes()).containsExactly("NLF-W002", "NLF-W002", "NLF-E004");
    }

    @Test
    void a_first_record_other_than_a_file_header_is_E005_and_is_not_counted() {
        Nlf.Ack ack = Nlf.run(Nlf.lines(decompte("D1", 1, 1900), line("D1", 1)));

        assertThat(ack.entries()).containsExactly(entry(1, "100", "", "NLF-E005", "FILE", "", ""));
        assertThat(ack.counts()).containsExactly("0", "0", "0", "0", "0", "0", "1", "0");
        assertThat(ack.header()[2]).isEmpty();
    }

    @Test
    void a_second_file_header_is_E006() {
        Nlf.Ack ack = Nlf.run(Nlf.lines(HEADER, decompte("D1", 1, 1900), HEADER));

        assertThat(ack.entries()).containsExactly(entry(3, "000", "", "NLF-E006", "FILE", "", ""));
    }

    @Test
    void a_file_without_trailer_is_E007_on_line_0_and_its_open_decompte_is_not_closed() {
        Nlf.Ack ack = Nlf.run(Nlf.lines(HEADER, decompte("D1", 3, 1900), line("D1", 1)));

        assertThat(ack.entries()).containsExactly(entry(0, "", "", "NLF-E007", "FILE", "", ""));
        assertThat(ack.status()).isEqualTo("REJECTED");
        assertThat(ack.counts()).containsExactly("1", "0", "1", "1", "0", "1", "1", "0");
    }

    @Test
    void a_record_after_the_trailer_is_E008_before_any_other_structural_check() {
        String file = Nlf.validFile();

        assertThat(Nlf.run(file + line("D1", 2) + "\n").entries())
                .containsExactly(entry(5, "200", "", "NLF-E008", "FILE", "", ""));
        assertThat(Nlf.run(file + HEADER + "\n").entries())
                .containsExactly(entry(5, "000", "", "NLF-E008", "FILE", "", ""));
    }

    @Test
    void blank_lines_after_the_trailer_are_only_warnings() {
        Nlf.Ack ack = Nlf.run(Nlf.validFile() + "\n");

        assertThat(ack.entries()).containsExactly(entry(5, "", "", "NLF-W002", "WARNING", "", ""));
        assertThat(ack.status()).isEqualTo("ACCEPTED");
    }

    @Test
    void a_care_line_before_any_decompte_is_E012_and_is_not_counted() {
        Nlf.Ack ack = Nlf.run(Nlf.lines(HEADER, line("D1", 1), "999|F-TEST-1|0|1|3|3000|3000|1900"));

        assertThat(ack.entries()).containsExactly(entry(2, "200", "", "NLF-E012", "FILE", "", ""));
        assertThat(ack.counts()).containsExactly("0", "0", "0", "0", "0", "0", "1", "0");
    }

    @Test
    void a_FILE_error_stops_processing_keeps_earlier_entries_and_accepts_nothing() {
        String file = Nlf.lines(HEADER, "", decompte("D1", 1, 1900), line("D1", 1), "???",
                Nlf.with(line("D1", 2), 10, "-1"));

        Nlf.Ack ack = Nlf.run(file);

        assertThat(ack.entries()).containsExactly(
                entry(2, "", "", "NLF-W002", "WARNING", "", ""),
                entry(5, "", "", "NLF-E001", "FILE", "recordType", ""));
        assertThat(ack.status()).isEqualTo("REJECTED");
        assertThat(ack.counts()).containsExactly("1", "0", "1", "1", "0", "1", "1", "1");
    }
}
