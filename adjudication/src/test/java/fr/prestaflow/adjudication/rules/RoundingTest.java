package fr.prestaflow.adjudication.rules;

import static fr.prestaflow.adjudication.rules.Fixtures.claim;
import static fr.prestaflow.adjudication.rules.Fixtures.line;
import static fr.prestaflow.adjudication.rules.Fixtures.percent;
import static fr.prestaflow.adjudication.rules.Fixtures.plan;
import static fr.prestaflow.contracts.care.CareCategory.PARAMEDICAL;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RoundingTest {

    private final Plan plan = plan().with(PARAMEDICAL, percent(150)).build();

    private static Fixtures.LineBuilder physio(int n) {
        return line(n, PARAMEDICAL).act("AMK" + n).billed(2500).base(1613, 60).amo(868, 0, 100);
    }

    @Test
    void rounds_half_a_cent_up() {
        LineResult line = claim(plan).line(physio(1)).adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(2420 - 968);
        assertThat(line.patientShareCents()).isEqualTo(180);
    }

    @Test
    void rounds_each_line_on_its_own_without_carrying_fractions() {
        ClaimResult result = claim(plan).line(physio(1)).line(physio(2)).adjudicate();

        assertThat(result.lines()).extracting(LineResult::complementaryPaidCents).containsExactly(1452L, 1452L);
        assertThat(result.totals().complementaryPaidCents()).isEqualTo(2904);
    }

    @Test
    void rounds_a_computed_amo_half_up() {
        LineResult line = claim(plan).quote().line(line(1, PARAMEDICAL).billed(1613).base(1613, 50).quote())
                .adjudicateLine(1);

        assertThat(line.amoPaidCents() + line.franchiseCents()).isEqualTo(807);
    }
}
