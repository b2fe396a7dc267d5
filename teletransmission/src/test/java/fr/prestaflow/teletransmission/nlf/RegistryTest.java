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

/** The stateful checks of NLF.md §8, through {@link NlfRegistry}. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RegistryTest {

    private final InMemoryNlfRegistry registry = new InMemoryNlfRegistry();
    private final List<String> calls = new ArrayList<>();

    /** Processes a file and records it as a caller would. */
    private Nlf.Ack upload(String file) {
        Nlf.Ack ack = Nlf.run(file, registry, new RecordingSink(calls));
        if (ack.result().isRecordable()) {
            registry.recordFile(ack.result().fileKey().orElseThrow(), ack.result().sha256(), Nlf.bytes(ack.text()));
        }
        return ack;
    }

    @Test
    void the_same_key_with_another_content_is_rejected_with_the_single_entry_E010() {
        Nlf.Ack first = upload(Nlf.validFile());
        calls.clear();

        Nlf.Ack second = upload("\uFEFF" + Nlf.file(decompte("D2", 1, 1900), line("D2", 1)));

        assertThat(second.text()).isEqualTo("000|NLA1.0|017510000|99123456|F-TEST-1|" + second.result().sha256()
                + "|REJECTED|0|0|0|0|0|0|1|0\n"
                + entry(1, "000", "", "NLF-E010", "FILE", "fileId", "") + "\n999|1\n");
        assertThat(second.result().disposition()).isEqualTo(NlfResult.Disposition.CONFLICT);
        assertThat(second.result().sha256()).isNotEqualTo(first.result().sha256());
        assertThat(calls).containsExactly("discard");
    }

    @Test
    void the_stored_file_is_unchanged_by_a_conflicting_upload() {
        Nlf.Ack first = upload(Nlf.validFile());
        upload(Nlf.file(decompte("D2", 1, 1900), line("D2", 1)));

        Nlf.Ack again = upload(Nlf.validFile());

        assertThat(again.text()).isEqualTo(first.text());
    }

    @Test
    void the_same_key_and_content_returns_the_stored_acknowledgment_byte_for_byte_without_ingesting() {
        String file = Nlf.file(decompte("D1", 2, 3800), line("D1", 1), with(line("D1", 2), 5, "GP"));
        Nlf.Ack first = upload(file);
        calls.clear();

        Nlf.Ack replay = upload(file);

        assertThat(replay.text()).isEqualTo(first.text());
        assertThat(replay.result().disposition()).isEqualTo(NlfResult.Disposition.REPLAYED);
        assertThat(replay.result().status()).isEqualTo(NlaStatus.PARTIALLY_ACCEPTED);
        assertThat(replay.result().linesAccepted()).isEqualTo(1);
        assertThat(replay.result().isRecordable()).isFalse();
        assertThat(calls).containsExactly("discard");
    }

    @Test
    void the_receiver_is_checked_before_the_registry() {
        upload(Nlf.validFile());

        Nlf.Ack other = upload(Nlf.validFile().replace(HEADER, with(HEADER, 4, "11111111")));

        assertThat(other.codes()).containsExactly("NLF-E011");
    }

    @Test
    void another_sender_may_use_the_same_file_id() {
        upload(Nlf.validFile());

        Nlf.Ack other = upload(Nlf.validFile().replace(HEADER, with(HEADER, 3, "012010000")));

        assertThat(other.result().disposition()).isEqualTo(NlfResult.Disposition.PROCESSED);
        assertThat(other.status()).isEqualTo("ACCEPTED");
    }

    @Test
    void a_test_file_is_never_recorded() {
        String test = Nlf.validFile().replace(HEADER, with(HEADER, 7, "T"));
        upload(test);

        Nlf.Ack production = upload(Nlf.validFile());

        assertThat(production.result().disposition()).isEqualTo(NlfResult.Disposition.PROCESSED);
    }

    @Test
    void a_decompte_already_ingested_from_the_sender_is_E033() {
        registry.recordDecompte(Nlf.SENDER, "D1");

        Nlf.Ack ack = upload(Nlf.file(decompte("D1", 1, 1900), line("D1", 1), decompte("D2", 1, 1900), line("D2", 1)));

        assertThat(ack.entries()).containsExactly(entry(2, "100", "D1", "NLF-E033", "DECOMPTE", "decompteId", ""));
        assertThat(ack.status()).isEqualTo("PARTIALLY_ACCEPTED");
    }

    @Test
    void a_decompte_id_ingested_from_another_sender_is_not_E033() {
        registry.recordDecompte("012010000", "D1");

        assertThat(upload(Nlf.validFile()).status()).isEqualTo("ACCEPTED");
    }

    @Test
    void a_duplicate_in_the_file_is_E032_before_the_registry_is_asked() {
        registry.recordDecompte(Nlf.SENDER, "D1");

        Nlf.Ack ack = upload(Nlf.file(decompte("D1", 1, 1900), line("D1", 1), decompte("D1", 1, 1900), line("D1", 1)));

        assertThat(ack.codes()).containsExactly("NLF-E033", "NLF-E032");
    }
}
