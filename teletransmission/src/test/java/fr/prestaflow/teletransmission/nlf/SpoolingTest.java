package fr.prestaflow.teletransmission.nlf;

import static fr.prestaflow.teletransmission.nlf.Nlf.decompte;
import static fr.prestaflow.teletransmission.nlf.Nlf.line;
import static fr.prestaflow.teletransmission.nlf.Nlf.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SpoolingTest {

    @TempDir
    Path spool;

    @Test
    void many_entries_are_spooled_to_disk_written_in_order_and_the_spool_file_is_deleted() throws IOException {
        int decomptes = 5_000;
        StringBuilder file = new StringBuilder(Nlf.HEADER).append('\n');
        for (int d = 1; d <= decomptes; d++) {
            String id = "D" + d;
            file.append(decompte(id, 1, 1899)).append('\n').append(with(line(id, 1), 13, "1899")).append('\n');
        }
        file.append("999|F-TEST-1|").append(decomptes).append('|').append(decomptes).append('|')
                .append(2 * decomptes + 2).append('|').append(3000L * decomptes).append('|').append(3000L * decomptes)
                .append('|').append(1899L * decomptes).append('\n');
        var out = new ByteArrayOutputStream();

        NlfResult result = new NlfProcessor(Nlf.RECEIVER).withSpoolDirectory(spool)
                .process(new ByteArrayInputStream(Nlf.bytes(file.toString())), DecompteSink.NONE, out);

        String[] lines = out.toString().split("\n");
        assertThat(out.size()).isGreaterThan(EntrySpool.IN_MEMORY_BYTES);
        assertThat(result.warningCount()).isEqualTo(decomptes);
        assertThat(lines).hasSize(decomptes + 2);
        assertThat(lines[1]).startsWith("500|3|200|D1|NLF-W003|");
        assertThat(lines[decomptes]).startsWith("500|" + (2 * decomptes + 1) + "|200|D" + decomptes + "|NLF-W003|");
        assertThat(lines[decomptes + 1]).isEqualTo("999|" + decomptes);
        try (Stream<Path> left = Files.list(spool)) {
            assertThat(left).isEmpty();
        }
    }
}
