package fr.prestaflow.teletransmission.nlf;

import static fr.prestaflow.teletransmission.nlf.Nlf.bytes;
import static fr.prestaflow.teletransmission.nlf.Nlf.concat;
import static fr.prestaflow.teletransmission.nlf.Nlf.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PhysicalFormatTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void a_byte_order_mark_at_the_start_is_skipped_with_W001() {
        Nlf.Ack ack = Nlf.run(concat(BOM, bytes(Nlf.validFile())));

        assertThat(ack.entries()).containsExactly(entry(1, "", "", "NLF-W001", "WARNING", "", ""));
        assertThat(ack.status()).isEqualTo("ACCEPTED");
        assertThat(ack.header()[2]).isEqualTo(Nlf.SENDER);
    }

    @Test
    void a_byte_order_mark_alone_is_a_blank_line_1_and_no_record() {
        Nlf.Ack ack = Nlf.run(BOM);

        assertThat(ack.entries()).containsExactly(
                entry(1, "", "", "NLF-W001", "WARNING", "", ""),
                entry(1, "", "", "NLF-W002", "WARNING", "", ""),
                entry(0, "", "", "NLF-E004", "FILE", "", ""));
    }

    @Test
    void a_byte_order_mark_later_in_the_file_is_an_unknown_record_type() {
        Nlf.Ack ack = Nlf.run(concat(bytes(Nlf.HEADER + "\n"), BOM, bytes("100|x\n")));

        assertThat(ack.entries()).containsExactly(entry(2, "", "", "NLF-E001", "FILE", "recordType", ""));
    }

    @Test
    void an_invalid_UTF_8_sequence_rejects_the_file_with_E002_on_its_line() {
        byte[] file = concat(bytes(Nlf.HEADER + "\n" + Nlf.decompte("D1", 1, 1900) + "\n200|D1|1|"),
                new byte[] {(byte) 0xC3, 0x28}, bytes("|rest\n999|x\n"));

        Nlf.Ack ack = Nlf.run(file);

        assertThat(ack.entries()).containsExactly(entry(3, "", "", "NLF-E002", "FILE", "", ""));
        assertThat(ack.status()).isEqualTo("REJECTED");
        assertThat(ack.counts()).containsExactly("1", "0", "1", "0", "0", "0", "1", "0");
    }

    @Test
    void overlong_forms_surrogates_code_points_above_U_10FFFF_and_truncated_sequences_are_invalid_UTF_8() {
        byte[][] invalid = {
                {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0x80},
                {(byte) 0xE2, (byte) 0x82}};
        for (byte[] sequence : invalid) {
            Nlf.Ack ack = Nlf.run(concat(bytes(Nlf.HEADER + "\n100|"), sequence, bytes("\n")));

            assertThat(ack.codes()).as(HexFormat.of().formatHex(sequence)).containsExactly("NLF-E002");
        }
    }

    @Test
    void valid_multibyte_characters_are_read_and_then_fail_the_field_grammar() {
        String file = Nlf.file(Nlf.decompte("D1", 1, 1900), Nlf.with(Nlf.line("D1", 1), 6, "É𝄞"));

        Nlf.Ack ack = Nlf.run(file);

        assertThat(ack.entries()).containsExactly(entry(3, "200", "D1", "NLF-E025", "DECOMPTE", "actCode", ""));
    }

    @Test
    void a_line_longer_than_4096_bytes_rejects_the_file_with_E003() {
        String file = Nlf.HEADER + "\n100|" + "A".repeat(4093) + "\n999|x\n";

        Nlf.Ack ack = Nlf.run(file);

        assertThat(ack.entries()).containsExactly(entry(2, "", "", "NLF-E003", "FILE", "", ""));
        assertThat(ack.counts().getFirst()).isEqualTo("0");
    }

    @Test
    void a_line_of_exactly_4096_bytes_before_CRLF_is_not_too_long() {
        String file = Nlf.HEADER + "\r\n" + "100|" + "A".repeat(4092) + "\r\n";

        Nlf.Ack ack = Nlf.run(file);

        assertThat(ack.entries()).containsExactly(
                entry(2, "100", "", "NLF-E020", "DECOMPTE", "", "expected=10;found=2"),
                entry(0, "", "", "NLF-E007", "FILE", "", ""));
    }

    @Test
    void a_byte_order_mark_does_not_count_in_the_length_of_line_1() {
        String header = Nlf.HEADER + "x".repeat(4096 - Nlf.HEADER.length());

        Nlf.Ack ack = Nlf.run(concat(BOM, bytes(header + "\n")));

        assertThat(ack.codes()).containsExactly("NLF-W001", "NLF-E026");
    }

    @Test
    void a_CR_followed_by_more_bytes_is_content_and_counts_in_the_length() {
        String file = Nlf.HEADER + "\n100|" + "A".repeat(4092) + "\r\r\n";

        Nlf.Ack ack = Nlf.run(file);

        assertThat(ack.entries()).containsExactly(entry(2, "", "", "NLF-E003", "FILE", "", ""));
    }

    @Test
    void the_length_check_comes_before_the_UTF_8_check() {
        byte[] file = concat(bytes(Nlf.HEADER + "\n"), new byte[] {(byte) 0xFF}, bytes("A".repeat(5000) + "\n"));

        Nlf.Ack ack = Nlf.run(file);

        assertThat(ack.codes()).containsExactly("NLF-E003");
    }

    @Test
    void a_huge_line_is_rejected_and_the_whole_input_still_goes_into_the_SHA_256() throws Exception {
        byte[] file = concat(bytes(Nlf.HEADER + "\n"), new byte[20 * 1024 * 1024], bytes("\n999|x\n"));

        Nlf.Ack ack = Nlf.run(file);

        assertThat(ack.codes()).containsExactly("NLF-E003");
        assertThat(ack.header()[5]).isEqualTo(sha256(file));
    }

    @Test
    void blank_lines_are_ignored_with_W002_counted_as_physical_lines_but_not_as_records() {
        String file = Nlf.lines(Nlf.HEADER, "", Nlf.decompte("D1", 1, 1900), "\r", Nlf.line("D1", 1),
                "999|F-TEST-1|1|1|4|3000|3000|1900");

        Nlf.Ack ack = Nlf.run(file);

        assertThat(ack.entries()).containsExactly(
                entry(2, "", "", "NLF-W002", "WARNING", "", ""),
                entry(4, "", "", "NLF-W002", "WARNING", "", ""));
        assertThat(ack.status()).isEqualTo("ACCEPTED");
    }

    @Test
    void a_line_made_of_spaces_is_not_blank() {
        Nlf.Ack ack = Nlf.run(Nlf.lines(Nlf.HEADER, "  "));

        assertThat(ack.entries()).containsExactly(entry(2, "", "", "NLF-E001", "FILE", "recordType", ""));
    }

    @Test
    void LF_CRLF_a_mix_of_both_and_a_last_line_without_line_end_are_accepted() {
        String lf = Nlf.validFile();
        String[] lines = lf.split("\n");
        String mixed = lines[0] + "\r\n" + lines[1] + "\n" + lines[2] + "\r\n" + lines[3];

        assertThat(Nlf.run(lf.replace("\n", "\r\n")).text()).contains("|ACCEPTED|1|1|0|1|1|0|0|0\n999|0\n");
        assertThat(Nlf.run(mixed).text()).contains("|ACCEPTED|1|1|0|1|1|0|0|0\n999|0\n");
        assertThat(Nlf.run(mixed + "\r").text()).contains("|ACCEPTED|1|1|0|1|1|0|0|0\n999|0\n");
    }

    @Test
    void a_CR_inside_a_line_belongs_to_the_field() {
        String file = Nlf.file(Nlf.decompte("D1", 1, 1900), Nlf.with(Nlf.line("D1", 1), 6, "G\rX"));

        assertThat(Nlf.run(file).entries())
                .containsExactly(entry(3, "200", "D1", "NLF-E025", "DECOMPTE", "actCode", ""));
    }

    @Test
    void a_CR_before_a_CR_at_the_end_of_the_file_is_content() {
        Nlf.Ack ack = Nlf.run(Nlf.validFile() + "999\r\r");

        assertThat(ack.entries()).containsExactly(entry(5, "", "", "NLF-E001", "FILE", "recordType", ""));
        assertThat(Nlf.run(Nlf.validFile().stripTrailing() + "\r\r").entries())
                .containsExactly(entry(4, "999", "", "NLF-E022", "FILE", "sumAmoPaidCents", ""));
    }

    @Test
    void the_SHA_256_covers_the_file_as_received_byte_order_mark_and_line_ends_included() throws Exception {
        byte[] file = concat(BOM, bytes(Nlf.validFile().replace("\n", "\r\n")));

        assertThat(Nlf.run(file).header()[5]).isEqualTo(sha256(file));
    }

    @Test
    void an_input_delivered_one_byte_at_a_time_gets_the_same_acknowledgment() throws IOException {
        byte[] file = concat(BOM, bytes(Nlf.validFile().replace("\n", "\r\n")));
        InputStream trickle = new ByteArrayInputStream(file) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };

        Acknowledgment ack = new NlfProcessor(Nlf.RECEIVER).acknowledge(trickle, DecompteSink.NONE);

        assertThat(ack.text()).isEqualTo(Nlf.run(file).text());
    }

    @Test
    void the_acknowledgment_has_LF_line_ends_no_BOM_and_ends_with_its_entry_count() {
        String text = Nlf.run(Nlf.lines(Nlf.HEADER, "", "")).text();

        assertThat(text).doesNotContain("\r").startsWith("000|NLA1.0|").endsWith("\n999|3\n");
    }

    @Test
    void the_acknowledgment_can_be_written_to_a_stream() throws IOException {
        var out = new java.io.ByteArrayOutputStream();

        NlfResult result = new NlfProcessor(Nlf.RECEIVER)
                .process(new ByteArrayInputStream(bytes(Nlf.validFile())), DecompteSink.NONE, OutputStream.nullOutputStream());
        new NlfProcessor(Nlf.RECEIVER).process(new ByteArrayInputStream(bytes(Nlf.validFile())), DecompteSink.NONE, out);

        assertThat(out.toString()).isEqualTo(Nlf.run(Nlf.validFile()).text());
        assertThat(result.status()).isEqualTo(NlaStatus.ACCEPTED);
        assertThat(result.linesAccepted()).isEqualTo(1);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
