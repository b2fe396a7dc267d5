package fr.prestaflow.teletransmission.decomptes;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.teletransmission.nlf.AcceptedDecompte;
import fr.prestaflow.teletransmission.nlf.DecompteHeader;
import fr.prestaflow.teletransmission.nlf.PassedLine;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClaimDraftTest {

    private static final DecompteHeader HEADER = new DecompteHeader("D1", 2, "CT-000001", "1851175056123", "87", 1,
            LocalDate.of(1985, 11, 3), LocalDate.of(2025, 6, 10), 1900, 3);

    @Test
    void a_decompte_of_normal_lines_gives_one_claim_with_all_its_lines() {
        List<ClaimDraft> drafts = ClaimDraft.of(decompte(line(1, false), line(2, false)), ids());

        assertThat(drafts).singleElement().satisfies(draft -> {
            assertThat(draft.reversal()).isFalse();
            assertThat(draft.lines()).extracting(CareLine::lineNumber).containsExactly(1, 2);
        });
    }

    @Test
    void a_decompte_of_regularisation_lines_gives_one_reversal_claim() {
        List<ClaimDraft> drafts = ClaimDraft.of(decompte(line(1, true)), ids());

        assertThat(drafts).singleElement().satisfies(draft -> assertThat(draft.reversal()).isTrue());
    }

    @Test
    void a_decompte_mixing_both_gives_the_normal_claim_then_the_reversal_claim_each_with_its_lines() {
        List<ClaimDraft> drafts = ClaimDraft.of(decompte(line(1, false), line(2, true), line(3, false)), ids());

        assertThat(drafts).extracting(ClaimDraft::reversal).containsExactly(false, true);
        assertThat(drafts.get(0).lines()).extracting(CareLine::lineNumber).containsExactly(1, 3);
        assertThat(drafts.get(1).lines()).extracting(CareLine::lineNumber).containsExactly(2);
        assertThat(drafts.get(0).claimId()).isNotEqualTo(drafts.get(1).claimId());
    }

    @Test
    void the_source_of_a_file_decompte_names_sender_file_and_decompte_and_an_inbound_one_has_no_file() {
        var file = new Origin(IngestChannel.FILE, UUID.randomUUID(), "017510000", "F20250612-0001");

        assertThat(file.source("D1")).isEqualTo("noemie:017510000/F20250612-0001/D1");
        assertThat(Origin.topic("017510000").source("D1")).isEqualTo("noemie:017510000/D1");
    }

    private static AcceptedDecompte decompte(PassedLine... lines) {
        return new AcceptedDecompte(HEADER, List.of(lines), List.of());
    }

    private static PassedLine line(int number, boolean reversal) {
        return new PassedLine("D1", 2 + number, new CareLine(number, LocalDate.of(2025, 6, 2),
                CareCategory.GP_CONSULTATION, "G", "10003456789", true, 1, 3000, 3000, 70, 1900L, 200L, 0L, null, null),
                reversal);
    }

    private static Supplier<UUID> ids() {
        var next = new AtomicInteger();
        return () -> new UUID(0, next.incrementAndGet());
    }
}
