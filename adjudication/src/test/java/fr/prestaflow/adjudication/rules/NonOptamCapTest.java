package fr.prestaflow.adjudication.rules;

import static fr.prestaflow.adjudication.rules.Fixtures.claim;
import static fr.prestaflow.adjudication.rules.Fixtures.line;
import static fr.prestaflow.adjudication.rules.Fixtures.percentByOptam;
import static fr.prestaflow.adjudication.rules.Fixtures.plan;
import static fr.prestaflow.adjudication.rules.Reason.AMO_REPORTED;
import static fr.prestaflow.adjudication.rules.Reason.CAPPED_AT_BILLED;
import static fr.prestaflow.adjudication.rules.Reason.GUARANTEE_PERCENT_BR_INCL_AMO;
import static fr.prestaflow.adjudication.rules.Reason.OVERBILLING_CAPPED_NON_OPTAM;
import static fr.prestaflow.adjudication.rules.Reason.PARTICIPATION_NOT_COVERED;
import static fr.prestaflow.contracts.care.CareCategory.DENTAL_CARE;
import static fr.prestaflow.contracts.care.CareCategory.SPECIALIST_CONSULTATION;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NonOptamCapTest {

    private final Plan plan = plan().with(SPECIALIST_CONSULTATION, percentByOptam(200, 150))
            .with(DENTAL_CARE, percentByOptam(200, 180)).build();

    private static Fixtures.LineBuilder specialist(long billed) {
        return line(1, SPECIALIST_CONSULTATION).optam(false).billed(billed).base(2300, 70).amo(1410, 200, 0);
    }

    @ParameterizedTest(name = "OPTAM {0} %, non-OPTAM {1} % → {2} %")
    @CsvSource({"200, 150, 150", "300, 200, 200", "250, 230, 200", "150, 140, 130", "110, 100, 100",
            "110, 90, 100", "100, 100, 100"})
    void keeps_the_non_optam_level_within_200_percent_and_20_points_below_optam(int optam, int nonOptam,
                                                                                 int effective) {
        assertThat(GuaranteeRule.nonOptamEffective(new PercentLevels.ByOptam(optam, nonOptam))).isEqualTo(effective);
    }

    @Test
    void covers_less_overbilling_for_a_practitioner_outside_optam() {
        LineResult line = claim(plan).line(specialist(8000)).adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(3450 - 1610);
        assertThat(line.patientShareCents()).isEqualTo(4750);
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, PARTICIPATION_NOT_COVERED,
                GUARANTEE_PERCENT_BR_INCL_AMO, OVERBILLING_CAPPED_NON_OPTAM);
    }

    @Test
    void says_nothing_when_the_lower_level_left_no_overbilling_to_the_patient() {
        LineResult line = claim(plan).line(specialist(3000)).adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(3000 - 1610);
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, PARTICIPATION_NOT_COVERED,
                GUARANTEE_PERCENT_BR_INCL_AMO, CAPPED_AT_BILLED);
    }

    @Test
    void reads_an_absent_optam_flag_as_optam() {
        LineResult line = claim(plan).line(specialist(8000).optam(null)).adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(4600 - 1610);
    }

    @Test
    void uses_the_capped_level_without_the_reason_outside_the_four_categories() {
        LineResult line = claim(plan).line(line(1, DENTAL_CARE).optam(false).billed(20000).base(5000, 60)
                .amo(3000, 0, 0)).adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(9000 - 3000);
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, GUARANTEE_PERCENT_BR_INCL_AMO);
    }
}
