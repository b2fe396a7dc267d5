package fr.prestaflow.adjudication.rules;

import static fr.prestaflow.adjudication.rules.Fixtures.claim;
import static fr.prestaflow.adjudication.rules.Fixtures.line;
import static fr.prestaflow.adjudication.rules.Fixtures.percent;
import static fr.prestaflow.adjudication.rules.Fixtures.percentByOptam;
import static fr.prestaflow.adjudication.rules.Fixtures.plan;
import static fr.prestaflow.adjudication.rules.Reason.AMO_COMPUTED;
import static fr.prestaflow.adjudication.rules.Reason.AMO_REPORTED;
import static fr.prestaflow.adjudication.rules.Reason.GUARANTEE_PERCENT_BR_INCL_AMO;
import static fr.prestaflow.adjudication.rules.Reason.PARCOURS_MAJORATION_NOT_COVERED;
import static fr.prestaflow.adjudication.rules.Reason.PARCOURS_OVERBILLING_NOT_COVERED;
import static fr.prestaflow.adjudication.rules.Reason.PARTICIPATION_NOT_COVERED;
import static fr.prestaflow.contracts.care.CareCategory.GP_CONSULTATION;
import static fr.prestaflow.contracts.care.CareCategory.SPECIALIST_CONSULTATION;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ParcoursDeSoinsTest {

    private final Plan plan = plan().with(GP_CONSULTATION, percent(100))
            .with(SPECIALIST_CONSULTATION, percentByOptam(200, 150)).build();

    @Test
    void leaves_the_40_point_majoration_to_the_patient() {
        LineResult line = claim(plan).line(line(1, GP_CONSULTATION).base(3000, 30).amo(700, 200, 0))
                .adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(3000 - 2100);
        assertThat(line.patientShareCents()).isEqualTo(1400);
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, PARTICIPATION_NOT_COVERED,
                PARCOURS_MAJORATION_NOT_COVERED, GUARANTEE_PERCENT_BR_INCL_AMO);
    }

    @Test
    void computes_a_quote_at_the_out_of_path_rate_and_still_subtracts_70_percent() {
        LineResult line = claim(plan).quote().line(line(1, GP_CONSULTATION).base(3000, 30).quote())
                .adjudicateLine(1);

        assertThat(line.amoPaidCents()).isEqualTo(700);
        assertThat(line.complementaryPaidCents()).isEqualTo(900);
        assertThat(line.reasons()).containsExactly(AMO_COMPUTED, PARTICIPATION_NOT_COVERED,
                PARCOURS_MAJORATION_NOT_COVERED, GUARANTEE_PERCENT_BR_INCL_AMO);
    }

    @Test
    void covers_no_overbilling_of_a_specialist_consulted_outside_the_parcours() {
        LineResult line = claim(plan).line(line(1, SPECIALIST_CONSULTATION).billed(5000).base(3000, 30)
                .amo(700, 200, 0)).adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(900);
        assertThat(line.patientShareCents()).isEqualTo(3400);
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, PARTICIPATION_NOT_COVERED,
                PARCOURS_MAJORATION_NOT_COVERED, GUARANTEE_PERCENT_BR_INCL_AMO, PARCOURS_OVERBILLING_NOT_COVERED);
    }

    @Test
    void adds_no_overbilling_reason_when_the_specialist_billed_the_base() {
        LineResult line = claim(plan).line(line(1, SPECIALIST_CONSULTATION).base(3000, 30).amo(700, 200, 0))
                .adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(900);
        assertThat(line.reasons()).doesNotContain(PARCOURS_OVERBILLING_NOT_COVERED);
    }

    @Test
    void does_not_treat_a_consultation_without_base_as_outside_the_parcours() {
        LineResult line = claim(plan).line(line(1, GP_CONSULTATION).billed(3000).base(0, 30).amo(0, 0, 0))
                .adjudicateLine(1);

        assertThat(line.reasons()).doesNotContain(PARCOURS_MAJORATION_NOT_COVERED);
    }
}
