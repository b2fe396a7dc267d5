package fr.prestaflow.teletransmission.nlf;

import static fr.prestaflow.teletransmission.nlf.Nlf.decompte;
import static fr.prestaflow.teletransmission.nlf.Nlf.line;
import static fr.prestaflow.teletransmission.nlf.Nlf.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.prestaflow.contracts.care.BeneficiaryRef;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.CareLine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DecompteSinkTest {

    private final List<String> calls = new ArrayList<>();

    private Nlf.Ack run(String file) {
        return Nlf.run(file, NlfRegistry.NONE, new RecordingSink(calls));
    }

    @Test
    void a_valid_file_is_streamed_decompte_by_decompte_then_committed() {
        run(Nlf.file(decompte("D1", 2, 3800), line("D1", 1), line("D1", 2), decompte("D2", 1, 1900), line("D2", 1)));

        assertThat(calls).containsExactly("fileStarted F-TEST-1",
                "opened D1 line 2", "passed D1 line 3", "passed D1 line 4", "accepted D1 2/0",
                "opened D2 line 5", "passed D2 line 6", "accepted D2 1/0",
                "commit");
    }

    @Test
    void the_sink_is_told_which_lines_were_rejected_and_which_decomptes_were_rejected_later() {
        run(Nlf.file(decompte("D1", 2, 3800), with(line("D1", 1), 5, "DENTIST"), line("D1", 2),
                decompte("D2", 2, 3800), line("D2", 1), with(line("D2", 2), 2, "D1"),
                decompte("D3", 1, 9999), with(line("D3", 1), 13, "9999"),
                decompte("D4", 2, 3800), line("D4", 1)));

        assertThat(calls).containsExactly("fileStarted F-TEST-1",
                "opened D1 line 2", "rejected D1 line 3 NLF-E050", "passed D1 line 4", "accepted D1 1/1",
                "opened D2 line 5", "passed D2 line 6", "rejected D2 NLF-E036 line 7",
                "opened D3 line 8", "rejected D3 line 9 NLF-E051", "no line accepted D3",
                "opened D4 line 10", "passed D4 line 11", "rejected D4 NLF-E034 line 10",
                "commit");
    }

    @Test
    void a_decompte_whose_header_is_invalid_is_never_opened() {
        run(Nlf.file(with(decompte("D1", 1, 1900), 5, "00"), line("D1", 1), decompte("D2", 1, 1900), line("D2", 1)));

        assertThat(calls).containsExactly("fileStarted F-TEST-1", "opened D2 line 4", "passed D2 line 5",
                "accepted D2 1/0", "commit");
    }

    @Test
    void a_FILE_error_leaves_the_open_decompte_undecided_and_discards() {
        run(Nlf.lines(Nlf.HEADER, decompte("D1", 2, 3800), line("D1", 1), "XYZ"));

        assertThat(calls).containsExactly("fileStarted F-TEST-1", "opened D1 line 2", "passed D1 line 3", "discard");
    }

    @Test
    void care_lines_come_as_contract_care_lines_with_the_beneficiary_of_their_decompte() {
        List<AcceptedDecompte> staged = new ArrayList<>();
        String optics = "200|D1|2|2025-05-28|OPTICS_LENS|2203240|751234567|0|1|18900|5|60|3|0|0|FREE|RIGHT|";

        Nlf.run(Nlf.file(decompte("D1", 2, 1903), line("D1", 1), optics), NlfRegistry.NONE,
                new DecompteAssembler(staged::add));

        assertThat(staged).hasSize(1);
        AcceptedDecompte decompte = staged.getFirst();
        assertThat(decompte.header().beneficiary())
                .isEqualTo(new BeneficiaryRef("CT-000001", "185117505612387", LocalDate.of(1985, 11, 3), 1));
        assertThat(decompte.careLines()).containsExactly(
                new CareLine(1, LocalDate.of(2025, 6, 2), CareCategory.GP_CONSULTATION, "G", "10003456789", true, 1,
                        3000, 3000, 70, 1900L, 200L, 0L, null, null),
                new CareLine(2, LocalDate.of(2025, 5, 28), CareCategory.OPTICS_LENS, "2203240", "751234567", false, 1,
                        18900, 5, 60, 3L, 0L, 0L, fr.prestaflow.contracts.care.Basket.FREE,
                        fr.prestaflow.contracts.care.Side.RIGHT));
        assertThat(decompte.hasReversal()).isFalse();
    }

    @Test
    void a_regularisation_line_comes_with_absolute_amounts_and_the_reversal_flag() {
        List<AcceptedDecompte> staged = new ArrayList<>();
        String reversal = "200|D1|1|2025-06-02|GP_CONSULTATION|G|10003456789|1|1|-3000|-3000|70|-1900|-200|0|||R";

        Nlf.run(Nlf.file(decompte("D1", 1, -1900), reversal), NlfRegistry.NONE, new DecompteAssembler(staged::add));

        PassedLine line = staged.getFirst().lines().getFirst();
        assertThat(line.reversal()).isTrue();
        assertThat(line.careLine().billedCents()).isEqualTo(3000);
        assertThat(line.careLine().baseCents()).isEqualTo(3000);
        assertThat(line.careLine().amoPaidCents()).isEqualTo(1900);
        assertThat(line.careLine().participationCents()).isEqualTo(200);
        assertThat(staged.getFirst().header().totalAmoPaidCents()).isEqualTo(-1900);
        assertThat(staged.getFirst().hasReversal()).isTrue();
    }

    @Test
    void the_assembler_stages_only_accepted_decomptes_with_their_rejected_lines_and_passes_the_end_on() {
        List<String> stage = new ArrayList<>();
        DecompteStage recording = new DecompteStage() {
            @Override
            public void stage(AcceptedDecompte decompte) {
                stage.add(decompte.header().decompteId() + " " + decompte.lines().size() + "+"
                        + decompte.rejectedLines().size());
            }

            @Override
            public void commit() {
                stage.add("commit");
            }
        };

        Nlf.run(Nlf.file(decompte("D1", 2, 3800), with(line("D1", 1), 5, "DENTIST"), line("D1", 2),
                decompte("D2", 1, 1900), with(line("D2", 1), 2, "D1"), decompte("D3", 1, 1900), line("D3", 1)),
                NlfRegistry.NONE, new DecompteAssembler(recording));

        assertThat(stage).containsExactly("D1 1+1", "D3 1+0", "commit");
    }

    @Test
    void an_exception_while_reading_discards_the_sink_and_propagates() {
        InputStream failing = new ByteArrayInputStream(Nlf.bytes(Nlf.validFile())) {
            private int reads;

            @Override
            public synchronized int read(byte[] b, int off, int len) {
                if (reads++ > 0) {
                    throw new java.io.UncheckedIOException(new IOException("connection reset"));
                }
                return super.read(b, off, Math.min(len, 80));
            }
        };

        assertThatThrownBy(() -> new NlfProcessor(Nlf.RECEIVER).acknowledge(failing, new RecordingSink(calls)))
                .hasMessageContaining("connection reset");
        assertThat(calls).last().isEqualTo("discard");
    }
}
