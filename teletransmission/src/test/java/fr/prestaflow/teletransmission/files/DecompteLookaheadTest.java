package fr.prestaflow.teletransmission.files;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.teletransmission.TeletransmissionTest;
import fr.prestaflow.teletransmission.nlf.Nlf;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A sender's décomptes already ingested are NLF-E033 wherever they sit in a file, though the registry is asked a window
 * of {@value DecompteLookahead#WINDOW} décomptes ahead: in the first window, across its end after ids the validation
 * pass never asks about (a bad id, a repeat), and in the last, short one.
 */
class DecompteLookaheadTest extends TeletransmissionTest {

    @Test
    void decomptes_ingested_by_an_earlier_file_are_E033_in_every_window_and_only_they() {
        UUID first = upload(bytes(Nlf.file("F-LOOKAHEAD-A", List.of(
                Nlf.decompte("LKA-1", 1, 1900), Nlf.line("LKA-1", 1),
                Nlf.decompte("LKA-2", 1, 1900), Nlf.line("LKA-2", 1),
                Nlf.decompte("LKA-3", 1, 1900), Nlf.line("LKA-3", 1)))));
        assertThat(awaitProcessed(first).get("status").asString()).isEqualTo("ACCEPTED");

        int window = DecompteLookahead.WINDOW;
        List<String> ids = new ArrayList<>();
        for (int position = 1; position <= window + 4; position++) {
            ids.add("LKB-" + position);
        }
        ids.set(1, "LKA-1");
        ids.set(window - 2, "lka-bad");
        ids.set(window - 1, ids.getFirst());
        ids.set(window, "LKA-2");
        ids.set(window + 3, "LKA-3");
        List<String> records = new ArrayList<>();
        ids.forEach(id -> {
            records.add(Nlf.decompte(id, 1, 1900));
            records.add(Nlf.line(id, 1));
        });

        UUID second = upload(bytes(Nlf.file("F-LOOKAHEAD-B", records)));

        JsonNode view = awaitProcessed(second);
        assertThat(view.at("/counts/decomptesRead").asLong()).isEqualTo(window + 4);
        assertThat(view.at("/counts/decomptesAccepted").asLong()).isEqualTo(window - 1);
        List<String> e033 = new String(acknowledgment(second), StandardCharsets.UTF_8).lines()
                .filter(entry -> entry.contains("|NLF-E033|"))
                .map(entry -> entry.split("\\|")[1] + " " + entry.split("\\|")[3]).toList();
        // décompte n's 100 record is line 2n: the header is line 1 and each décompte has one line
        assertThat(e033).containsExactly("4 LKA-1", 2 * (window + 1) + " LKA-2", 2 * (window + 4) + " LKA-3");
    }

    private static byte[] bytes(String file) {
        return file.getBytes(StandardCharsets.UTF_8);
    }
}
