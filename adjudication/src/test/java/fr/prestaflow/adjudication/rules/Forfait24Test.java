package fr.prestaflow.adjudication.rules;

import static fr.prestaflow.adjudication.rules.Fixtures.claim;
import static fr.prestaflow.adjudication.rules.Fixtures.line;
import static fr.prestaflow.adjudication.rules.Fixtures.percent;
import static fr.prestaflow.adjudication.rules.Fixtures.percentByOptam;
import static fr.prestaflow.adjudication.rules.Fixtures.plan;
import static fr.prestaflow.adjudication.rules.Reason.AMO_COMPUTED;
import static fr.prestaflow.adjudication.rules.Reason.AMO_REPORTED;
import static fr.prestaflow.adjudication.rules.Reason.CAPPED_AT_BILLED;
import static fr.prestaflow.adjudication.rules.Reason.FORFAIT_24_APPLIED;
import static fr.prestaflow.adjudication.rules.Reason.GUARANTEE_PERCENT_BR_INCL_AMO;
import static fr.prestaflow.adjudication.rules.Reason.PARTICIPATION_NOT_COVERED;
import static fr.prestaflow.contracts.care.CareCategory.HOSPITAL_FEES;
import static fr.prestaflow.contracts.care.CareCategory.IMAGING;
import static fr.prestaflow.contracts.care.CareCategory.PARAMEDICAL;
import static fr.prestaflow.contracts.care.CareCategory.SPECIALIST_CONSULTATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class Forfait24Test {

    private final Plan plan = plan().with(SPECIALIST_CONSULTATION, percentByOptam(200, 150))
            .with(IMAGING, percent(100)).with(PARAMEDICAL, percent(100))
            .with(HOSPITAL_FEES, percentByOptam(200, 150)).build();

    @Test
    void replaces_the_ticket_moderateur_by_24_euros_in_a_quote() {
        LineResult line = claim(plan).quote()
                .line(line(1, SPECIALIST_CONSULTATION).billed(20000).base(15000, 70).quote()).adjudicateLine(1);

        assertThat(line.amoPaidCents()).isEqualTo(12400);
        assertThat(line.complementaryPaidCents()).isEqualTo(7400);
        assertThat(line.patientShareCents()).isEqualTo(200);
        assertThat(line.reasons()).containsExactly(AMO_COMPUTED, FORFAIT_24_APPLIED, PARTICIPATION_NOT_COVERED,
                GUARANTEE_PERCENT_BR_INCL_AMO, CAPPED_AT_BILLED);
    }

    @Test
    void compares_the_threshold_per_act_exactly() {
        ClaimResult result = claim(plan).quote().bornOn(LocalDate.of(2015, 1, 1))
                .line(line(1, IMAGING).act("A").quantity(2).base(23999, 70).quote())
                .line(line(2, IMAGING).act("B").quantity(2).base(24000, 70).quote()).adjudicate();

        assertThat(result.line(1).orElseThrow().amoPaidCents()).isEqualTo(16799);
        assertThat(result.line(1).orElseThrow().reasons()).doesNotContain(FORFAIT_24_APPLIED);
        assertThat(result.line(2).orElseThrow().amoPaidCents()).isEqualTo(24000 - 2 * 2400);
        assertThat(result.line(2).orElseThrow().reasons()).contains(FORFAIT_24_APPLIED);
    }

    @Test
    void does_not_apply_at_a_rate_of_100_percent() {
        LineResult line = claim(plan).quote()
                .line(line(1, IMAGING).base(15000, 100).quote()).adjudicateLine(1);

        assertThat(line.reasons()).doesNotContain(FORFAIT_24_APPLIED);
        assertThat(line.amoPaidCents()).isEqualTo(15000 - 200);
    }

    @Test
    void does_not_apply_outside_the_parcours_de_soins() {
        LineResult line = claim(plan).quote()
                .line(line(1, SPECIALIST_CONSULTATION).base(15000, 30).quote()).adjudicateLine(1);

        assertThat(line.reasons()).doesNotContain(FORFAIT_24_APPLIED);
        assertThat(line.amoPaidCents()).isEqualTo(4500 - 200);
    }

    @Test
    void does_not_apply_to_categories_outside_its_list() {
        LineResult line = claim(plan).quote()
                .line(line(1, PARAMEDICAL).base(15000, 60).quote()).adjudicateLine(1);

        assertThat(line.reasons()).doesNotContain(FORFAIT_24_APPLIED);
    }

    @Test
    void does_not_apply_under_a_css_or_maternity_exemption_but_does_for_a_minor() {
        var cssBeneficiary = Beneficiary.bornOn(Fixtures.ADULT_BIRTH)
                .withExemptions(Exemption.always(ExemptionType.CSS));

        LineResult css = claim(plan).quote().beneficiary(cssBeneficiary)
                .line(line(1, IMAGING).base(15000, 70).quote()).adjudicateLine(1);
        LineResult minor = claim(plan).quote().bornOn(LocalDate.of(2015, 1, 1))
                .line(line(1, IMAGING).base(15000, 70).quote()).adjudicateLine(1);

        assertThat(css.amoPaidCents()).isEqualTo(10500);
        assertThat(css.reasons()).doesNotContain(FORFAIT_24_APPLIED);
        assertThat(minor.amoPaidCents()).isEqualTo(12600);
        assertThat(minor.reasons()).contains(FORFAIT_24_APPLIED);
    }

    @Test
    void marks_a_reported_line_without_changing_its_amounts() {
        LineResult line = claim(plan)
                .line(line(1, HOSPITAL_FEES).billed(35000).base(20000, 80).amo(17600, 0, 0)).adjudicateLine(1);

        assertThat(line.amoPaidCents()).isEqualTo(17600);
        assertThat(line.complementaryPaidCents()).isEqualTo(17400);
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, FORFAIT_24_APPLIED, GUARANTEE_PERCENT_BR_INCL_AMO,
                CAPPED_AT_BILLED);
    }
}
