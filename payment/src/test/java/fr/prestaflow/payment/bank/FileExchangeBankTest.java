package fr.prestaflow.payment.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FileExchangeBankTest {

    @TempDir Path outbox;

    @Test
    void a_submitted_batch_is_one_whole_file_in_the_outbox_directory() throws Exception {
        var bank = new FileExchangeBank(outbox.resolve("to-bank"));
        UUID batchId = UUID.randomUUID();

        bank.submit(batchId, "<Document/>".getBytes(StandardCharsets.UTF_8));

        try (var files = Files.list(outbox.resolve("to-bank"))) {
            assertThat(files).containsExactly(bank.fileOf(batchId));
        }
        assertThat(Files.readString(bank.fileOf(batchId))).isEqualTo("<Document/>");
    }

    @Test
    void submitting_the_same_batch_again_replaces_its_file_instead_of_adding_one() throws Exception {
        var bank = new FileExchangeBank(outbox);
        UUID batchId = UUID.randomUUID();

        bank.submit(batchId, "<first/>".getBytes(StandardCharsets.UTF_8));
        bank.submit(batchId, "<second/>".getBytes(StandardCharsets.UTF_8));

        try (var files = Files.list(outbox)) {
            assertThat(files).hasSize(1);
        }
        assertThat(Files.readString(bank.fileOf(batchId))).isEqualTo("<second/>");
    }
}
