package fr.prestaflow.teletransmission.nlf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NlfCodeTest {

    /** NLF.md §6, copied literally: the NLA text of every code. */
    private static final Map<String, String> SPEC = new LinkedHashMap<>();

    static {
        SPEC.put("NLF-E001", "FILE|Unknown record type");
        SPEC.put("NLF-E002", "FILE|Invalid UTF-8 byte sequence");
        SPEC.put("NLF-E003", "FILE|Line longer than 4096 bytes");
        SPEC.put("NLF-E004", "FILE|File contains no record");
        SPEC.put("NLF-E005", "FILE|First record is not a file header");
        SPEC.put("NLF-E006", "FILE|Second file header");
        SPEC.put("NLF-E007", "FILE|Missing trailer");
        SPEC.put("NLF-E008", "FILE|Record after trailer");
        SPEC.put("NLF-E009", "FILE|Unsupported format version");
        SPEC.put("NLF-E010", "FILE|File id already used with a different content");
        SPEC.put("NLF-E011", "FILE|File not addressed to this receiver");
        SPEC.put("NLF-E012", "FILE|Care line outside a decompte");
        SPEC.put("NLF-E020", "*|Wrong field count");
        SPEC.put("NLF-E021", "*|Mandatory field empty");
        SPEC.put("NLF-E022", "*|Invalid integer");
        SPEC.put("NLF-E023", "*|Invalid date");
        SPEC.put("NLF-E024", "*|Invalid timestamp");
        SPEC.put("NLF-E025", "*|Invalid format");
        SPEC.put("NLF-E026", "*|Invalid code value");
        SPEC.put("NLF-E027", "*|Value out of range");
        SPEC.put("NLF-E030", "DECOMPTE|Invalid NIR format");
        SPEC.put("NLF-E031", "DECOMPTE|NIR key mismatch");
        SPEC.put("NLF-E032", "DECOMPTE|Duplicate decompte id in file");
        SPEC.put("NLF-E033", "DECOMPTE|Decompte already ingested");
        SPEC.put("NLF-E034", "DECOMPTE|Line count mismatch");
        SPEC.put("NLF-E035", "DECOMPTE|AMO total mismatch");
        SPEC.put("NLF-E036", "DECOMPTE|Care line references another decompte");
        SPEC.put("NLF-E037", "DECOMPTE|Line number out of sequence");
        SPEC.put("NLF-E038", "DECOMPTE|Birth date after AMO payment date");
        SPEC.put("NLF-E039", "DECOMPTE|AMO payment date after file creation date");
        SPEC.put("NLF-E040", "DECOMPTE|Negative amount on a non-regularisation line");
        SPEC.put("NLF-E041", "DECOMPTE|Regularisation line amounts not negative");
        SPEC.put("NLF-E050", "LINE|Unknown care category");
        SPEC.put("NLF-E051", "LINE|AMO paid exceeds base");
        SPEC.put("NLF-E052", "LINE|Care date after AMO payment date");
        SPEC.put("NLF-E053", "LINE|Care date before birth date");
        SPEC.put("NLF-E054", "LINE|Basket inconsistent with care category");
        SPEC.put("NLF-E055", "LINE|Side inconsistent with care category");
        SPEC.put("NLF-E060", "FILE|Trailer file id differs from header");
        SPEC.put("NLF-E061", "FILE|Trailer record count mismatch");
        SPEC.put("NLF-E062", "FILE|Trailer control total mismatch");
        SPEC.put("NLF-W001", "WARNING|Byte order mark ignored");
        SPEC.put("NLF-W002", "WARNING|Blank line ignored");
        SPEC.put("NLF-W003", "WARNING|AMO paid differs from base x rate - participation - franchise");
        SPEC.put("NLF-W004", "WARNING|File contains no decompte");
        SPEC.put("NLF-W005", "WARNING|NIR birth year or month differs from birth date");
        SPEC.put("NLF-W006", "WARNING|Care date more than two years before AMO payment date");
        SPEC.put("NLF-W007", "WARNING|Test file, nothing ingested");
    }

    @Test
    void the_code_list_is_the_closed_list_of_the_specification() {
        assertThat(Arrays.stream(NlfCode.values()).map(NlfCode::code)).containsExactlyElementsOf(SPEC.keySet());
    }

    @Test
    void every_code_has_the_exact_message_and_severity_of_the_specification() {
        for (NlfCode code : NlfCode.values()) {
            String[] expected = SPEC.get(code.code()).split("\\|");
            assertThat(code.message()).as(code.code()).isEqualTo(expected[1]);
            if (!expected[0].equals("*")) {
                for (RecordType type : RecordType.values()) {
                    assertThat(code.severityOn(type)).as(code.code()).hasToString(expected[0]);
                }
            }
        }
    }

    @Test
    void generic_field_codes_are_FILE_on_header_and_trailer_and_DECOMPTE_on_decompte_and_care_line() {
        for (NlfCode code : new NlfCode[] {NlfCode.E020, NlfCode.E021, NlfCode.E022, NlfCode.E023, NlfCode.E024,
                NlfCode.E025, NlfCode.E026, NlfCode.E027}) {
            assertThat(code.severityOn(RecordType.FILE_HEADER)).isEqualTo(Severity.FILE);
            assertThat(code.severityOn(RecordType.TRAILER)).isEqualTo(Severity.FILE);
            assertThat(code.severityOn(RecordType.DECOMPTE)).isEqualTo(Severity.DECOMPTE);
            assertThat(code.severityOn(RecordType.CARE_LINE)).isEqualTo(Severity.DECOMPTE);
        }
    }
}
