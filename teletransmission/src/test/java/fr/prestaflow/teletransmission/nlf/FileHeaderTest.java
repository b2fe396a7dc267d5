package fr.prestaflow.teletransmission.nlf;

import static fr.prestaflow.teletransmission.nlf.Nlf.HEADER;
import static fr.prestaflow.teletransmission.nlf.Nlf.entry;
import static fr.prestaflow.teletransmission.nlf.Nlf.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FileHeaderTest {

    private static Nlf.Ack runWithHeader(String header) {
        return Nlf.run(Nlf.validFile().replace(HEADER, header));
    }

    @Test
    void another_format_version_is_E009() {
        assertThat(runWithHeader(with(HEADER, 2, "NLF1.1")).entries())
                .containsExactly(entry(1, "000", "", "NLF-E009", "FILE", "formatVersion", ""));
    }

    @Test
    void an_empty_format_version_is_E009_not_E021() {
        assertThat(runWithHeader(with(HEADER, 2, "")).codes()).containsExactly("NLF-E009");
    }

    @Test
    void the_format_version_is_checked_before_the_field_count() {
        assertThat(runWithHeader("000|NLF2.0|017510000").codes()).containsExactly("NLF-E009");
        assertThat(runWithHeader("000|NLF1.0|017510000").entries())
                .containsExactly(entry(1, "000", "", "NLF-E020", "FILE", "", "expected=7;found=3"));
    }

    @Test
    void a_file_header_without_field_2_is_E020() {
        assertThat(runWithHeader("000").entries())
                .containsExactly(entry(1, "000", "", "NLF-E020", "FILE", "", "expected=7;found=1"));
    }

    @Test
    void a_file_for_another_receiver_is_E011_and_its_receiver_is_echoed() {
        Nlf.Ack ack = runWithHeader(with(HEADER, 4, "99000001"));

        assertThat(ack.entries()).containsExactly(entry(1, "000", "", "NLF-E011", "FILE", "receiverCode", ""));
        assertThat(ack.header()).startsWith("000", "NLA1.0", "017510000", "99000001", "F-TEST-1");
        assertThat(ack.counts()).containsExactly("0", "0", "0", "0", "0", "0", "1", "0");
    }

    @Test
    void header_fields_are_checked_in_field_order_with_the_first_failure_only() {
        assertThat(runWithHeader(with(with(HEADER, 3, ""), 5, "")).entries())
                .containsExactly(entry(1, "000", "", "NLF-E021", "FILE", "senderCode", ""));
        assertThat(runWithHeader(with(with(HEADER, 3, "17510000"), 6, "x")).entries())
                .containsExactly(entry(1, "000", "", "NLF-E025", "FILE", "senderCode", ""));
        assertThat(runWithHeader(with(HEADER, 5, "-F1")).entries())
                .containsExactly(entry(1, "000", "", "NLF-E025", "FILE", "fileId", ""));
        assertThat(runWithHeader(with(HEADER, 6, "2025-06-12 06:15:00+02:00")).entries())
                .containsExactly(entry(1, "000", "", "NLF-E024", "FILE", "createdAt", ""));
        assertThat(runWithHeader(with(HEADER, 7, "t")).entries())
                .containsExactly(entry(1, "000", "", "NLF-E026", "FILE", "testFlag", ""));
    }

    @Test
    void the_acknowledgment_header_copies_only_the_values_that_match_their_grammar() {
        Nlf.Ack ack = runWithHeader(with(with(HEADER, 3, "0175100"), 5, "F 1"));

        assertThat(ack.header()).startsWith("000", "NLA1.0", "", "99123456", "");
    }

    @Test
    void a_test_file_is_acknowledged_like_a_production_file_plus_W007_and_nothing_is_ingested() {
        List<String> calls = new ArrayList<>();
        DecompteSink sink = new RecordingSink(calls);

        Nlf.Ack ack = Nlf.run(Nlf.validFile().replace(HEADER, with(HEADER, 7, "T")), NlfRegistry.NONE, sink);

        assertThat(ack.entries()).containsExactly(entry(1, "000", "", "NLF-W007", "WARNING", "testFlag", ""));
        assertThat(ack.status()).isEqualTo("ACCEPTED");
        assertThat(ack.counts()).containsExactly("1", "1", "0", "1", "1", "0", "0", "1");
        assertThat(ack.result().testFile()).isTrue();
        assertThat(ack.result().isRecordable()).isFalse();
        assertThat(calls).containsExactly("discard");
    }

    @Test
    void the_createdAt_offset_is_kept_and_its_written_date_is_the_one_compared() {
        String header = with(HEADER, 6, "2025-06-10T23:30:00-05:00");

        assertThat(runWithHeader(header).status()).isEqualTo("ACCEPTED");
        assertThat(runWithHeader(with(HEADER, 6, "2025-06-09T23:30:00-05:00")).codes()).containsExactly("NLF-E039");
    }
}
