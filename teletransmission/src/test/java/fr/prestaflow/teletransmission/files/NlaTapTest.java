package fr.prestaflow.teletransmission.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NlaTapTest {

    private static final String NLA = """
            000|NLA1.0|017510000|99123456|F20250612-0002|3ff0|PARTIALLY_ACCEPTED|4|2|2|6|2|4|4|0
            500|4|100|D25061000012|NLF-E031|DECOMPTE|nirKey|NIR key mismatch|expected=44
            500|8|200|D25061000013|NLF-E051|LINE|amoPaidCents|AMO paid exceeds base|
            500|10|100|D25061000014|NLF-E034|DECOMPTE|lineCount|Line count mismatch|declared=2;found=1
            999|4
            """;

    @Test
    void passes_the_acknowledgment_through_unchanged_and_hands_over_its_DECOMPTE_entries() throws IOException {
        var out = new ByteArrayOutputStream();
        List<String> entries = new ArrayList<>();
        byte[] bytes = NLA.getBytes(StandardCharsets.UTF_8);

        try (var tap = new NlaTap(out, fields -> entries.add(String.join("|", fields)))) {
            tap.write(bytes, 0, 100);
            tap.write(bytes[100]);
            tap.write(bytes, 101, bytes.length - 101);
        }

        assertThat(out.toByteArray()).isEqualTo(bytes);
        assertThat(entries).containsExactly(
                "500|4|100|D25061000012|NLF-E031|DECOMPTE|nirKey|NIR key mismatch|expected=44",
                "500|10|100|D25061000014|NLF-E034|DECOMPTE|lineCount|Line count mismatch|declared=2;found=1");
    }
}
