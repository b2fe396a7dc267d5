package fr.prestaflow.adjudication.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import fr.prestaflow.adjudication.AdjudicationTest;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.events.v1.ClaimAnalysed;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database's share of adjudicating a care line, which is most of the service's cost at volume: rows, index entries
 * and foreign-key checks that storing a claim of five paid lines costs, printed per line for the README's figures.
 */
class WritesPerLineTest extends AdjudicationTest {

    private static final int LINES = 5;

    @Autowired ClaimAdjudicator adjudicator;
    @Autowired PlatformTransactionManager transactionManager;

    @Test
    void a_paid_care_line_is_one_row_with_two_index_entries_and_one_foreign_key_check() {
        String contract = newContract("CONFORT");
        UUID claimId = UUID.randomUUID();
        ClaimAnalysed claim = analysed(claimId, Channel.NOEMIE, holder(contract),
                IntStream.rangeClosed(1, LINES).mapToObj(WritesPerLineTest::consultation).toArray(CareLine[]::new));

        ClaimWrites writes = new TransactionTemplate(transactionManager).execute(status -> {
            adjudicator.adjudicate(claim, UUID.randomUUID());
            return ClaimWrites.of(jdbc, claimId);
        });

        System.out.printf("[writes] per care line: %.1f rows, %.1f index entries, %.1f foreign-key checks; %s%n",
                writes.rows() / (double) LINES, writes.entries() / (double) LINES, writes.checks() / (double) LINES,
                writes);
        assertThat(jdbc.sql("select count(*) from adjudication_line where claim_id = :c and complementary_paid_cents > 0")
                .param("c", claimId).query(Long.class).single()).isEqualTo(LINES);
        assertThat(writes.rowsInserted()).containsExactly(entry("adjudication", 1L), entry("adjudication_line", 5L));
        assertThat(writes.indexEntries()).containsExactly(entry("adjudication_beneficiary_claim", 1L),
                entry("adjudication_line_paid_once", 5L), entry("adjudication_line_pkey", 5L),
                entry("adjudication_pkey", 1L));
        assertThat(writes.foreignKeyChecks()).containsExactly(entry("adjudication_beneficiary_id_fkey", 1L),
                entry("adjudication_line_claim_fkey", 5L));
    }

    /** Golden case G02's consultation, on a day of its own so that no two lines are the same care line. */
    private static CareLine consultation(int lineNumber) {
        return new CareLine(lineNumber, LocalDate.of(2025, 5, lineNumber), CareCategory.SPECIALIST_CONSULTATION, "CS",
                PRACTITIONER, false, 1, 8000, 2300, 70, 1410L, 200L, 0L, null, null);
    }
}
