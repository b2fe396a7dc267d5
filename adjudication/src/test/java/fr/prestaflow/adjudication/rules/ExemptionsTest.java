package fr.prestaflow.adjudication.rules;

import static fr.prestaflow.adjudication.rules.Fixtures.DAY;
import static fr.prestaflow.adjudication.rules.Fixtures.claim;
import static fr.prestaflow.adjudication.rules.Fixtures.line;
import static fr.prestaflow.adjudication.rules.Fixtures.percent;
import static fr.prestaflow.adjudication.rules.Fixtures.plan;
import static fr.prestaflow.adjudication.rules.Reason.AMO_COMPUTED;
import static fr.prestaflow.adjudication.rules.Reason.AMO_REPORTED;
import static fr.prestaflow.adjudication.rules.Reason.EXEMPT_CSS;
import static fr.prestaflow.adjudication.rules.Reason.EXEMPT_MATERNITY;
import static fr.prestaflow.adjudication.rules.Reason.EXEMPT_MINOR;
import static fr.prestaflow.adjudication.rules.Reason.GUARANTEE_PERCENT_BR_INCL_AMO;
import static fr.prestaflow.adjudication.rules.Reason.PARTICIPATION_NOT_COVERED;
import static fr.prestaflow.contracts.care.CareCategory.DENTAL_CARE;
import static fr.prestaflow.contracts.care.CareCategory.GP_CONSULTATION;
import static fr.prestaflow.contracts.care.CareCategory.PHARMACY_65;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ExemptionsTest {

    private final Plan plan = plan().with(GP_CONSULTATION, percent(100)).with(PHARMACY_65, percent(100))
            .with(DENTAL_CARE, percent(100)).build();

    private LineResult quoteGp(Beneficiary beneficiary, LocalDate date) {
        return claim(plan).quote().beneficiary(beneficiary)
                .line(line(1, GP_CONSULTATION).on(date).base(3000, 70).quote()).adjudicateLine(1);
    }

    @Test
    void spares_a_minor_the_participation_and_the_franchise() {
        ClaimResult result = claim(plan).quote().bornOn(LocalDate.of(2017, 5, 30))
                .line(line(1, GP_CONSULTATION).base(3000, 70).quote())
                .line(line(2, PHARMACY_65).quantity(3).base(1500, 65).quote()).adjudicate();

        assertThat(result.lines()).extracting(LineResult::amoPaidCents).containsExactly(2100L, 975L);
        assertThat(result.lines()).allSatisfy(line -> assertThat(line.reasons())
                .containsExactly(AMO_COMPUTED, EXEMPT_MINOR, GUARANTEE_PERCENT_BR_INCL_AMO));
    }

    @Test
    void applies_a_maternity_window_with_inclusive_bounds() {
        Beneficiary mother = Beneficiary.bornOn(Fixtures.ADULT_BIRTH)
                .withExemptions(Exemption.of(ExemptionType.MATERNITY, DAY.minusDays(10), DAY));

        assertThat(quoteGp(mother, DAY).reasons()).containsExactly(AMO_COMPUTED, EXEMPT_MATERNITY,
                GUARANTEE_PERCENT_BR_INCL_AMO);
        assertThat(quoteGp(mother, DAY.minusDays(10)).participationCents()).isZero();
        assertThat(quoteGp(mother, DAY.plusDays(1)).participationCents()).isEqualTo(200);
    }

    @Test
    void reads_an_absent_bound_as_open() {
        Beneficiary css = Beneficiary.bornOn(Fixtures.ADULT_BIRTH)
                .withExemptions(Exemption.of(ExemptionType.CSS, LocalDate.of(2020, 1, 1), null));

        assertThat(quoteGp(css, DAY).reasons()).containsExactly(AMO_COMPUTED, EXEMPT_CSS,
                GUARANTEE_PERCENT_BR_INCL_AMO);
    }

    @Test
    void reports_only_the_first_matching_exemption() {
        Beneficiary child = new Beneficiary(LocalDate.of(2015, 1, 1),
                java.util.List.of(Exemption.always(ExemptionType.CSS), Exemption.always(ExemptionType.MATERNITY)),
                java.util.Optional.empty());
        Beneficiary mother = Beneficiary.bornOn(Fixtures.ADULT_BIRTH).withExemptions(
                Exemption.always(ExemptionType.CSS), Exemption.always(ExemptionType.MATERNITY));

        assertThat(quoteGp(child, DAY).reasons()).containsExactly(AMO_COMPUTED, EXEMPT_MINOR,
                GUARANTEE_PERCENT_BR_INCL_AMO);
        assertThat(quoteGp(mother, DAY).reasons()).containsExactly(AMO_COMPUTED, EXEMPT_MATERNITY,
                GUARANTEE_PERCENT_BR_INCL_AMO);
    }

    @Test
    void gives_ald_no_effect_on_participation() {
        Beneficiary ald = Beneficiary.bornOn(Fixtures.ADULT_BIRTH).withExemptions(Exemption.always(ExemptionType.ALD));

        LineResult line = quoteGp(ald, DAY);

        assertThat(line.participationCents()).isEqualTo(200);
        assertThat(line.reasons()).containsExactly(AMO_COMPUTED, PARTICIPATION_NOT_COVERED,
                GUARANTEE_PERCENT_BR_INCL_AMO);
    }

    @Test
    void reports_no_exemption_on_a_line_that_would_bear_no_withholding() {
        LineResult line = claim(plan).quote().bornOn(LocalDate.of(2017, 5, 30))
                .line(line(1, DENTAL_CARE).base(2300, 60).quote()).adjudicateLine(1);

        assertThat(line.reasons()).containsExactly(AMO_COMPUTED, GUARANTEE_PERCENT_BR_INCL_AMO);
    }

    @Test
    void reports_no_exemption_when_the_amo_grants_nothing() {
        LineResult line = claim(plan).quote().bornOn(LocalDate.of(2017, 5, 30))
                .line(line(1, GP_CONSULTATION).billed(3000).base(0, 0).quote()).adjudicateLine(1);

        assertThat(line.reasons()).doesNotContain(EXEMPT_MINOR);
    }

    @Test
    void leaves_reported_lines_as_the_amo_settled_them() {
        LineResult line = claim(plan).bornOn(LocalDate.of(2017, 5, 30))
                .line(line(1, GP_CONSULTATION).base(3000, 70).amo(2100, 0, 0)).adjudicateLine(1);

        assertThat(line.reasons()).containsExactly(AMO_REPORTED, GUARANTEE_PERCENT_BR_INCL_AMO);
    }

    @Test
    void keeps_someone_born_on_29_february_a_minor_until_1_march_of_a_non_leap_year() {
        Beneficiary leapling = Beneficiary.bornOn(LocalDate.of(2008, 2, 29));

        assertThat(quoteGp(leapling, LocalDate.of(2026, 2, 28)).reasons()).contains(EXEMPT_MINOR);
        assertThat(quoteGp(leapling, LocalDate.of(2026, 3, 1)).participationCents()).isEqualTo(200);
    }

    @Test
    void counts_full_years_of_age() {
        Beneficiary leapling = Beneficiary.bornOn(LocalDate.of(2008, 2, 29));

        assertThat(leapling.ageOn(LocalDate.of(2026, 2, 28))).isEqualTo(17);
        assertThat(leapling.ageOn(LocalDate.of(2026, 3, 1))).isEqualTo(18);
        assertThat(leapling.ageOn(LocalDate.of(2028, 2, 29))).isEqualTo(20);
        assertThat(Beneficiary.bornOn(LocalDate.of(2007, 6, 2)).ageOn(DAY)).isEqualTo(18);
        assertThat(Beneficiary.bornOn(LocalDate.of(2007, 6, 3)).ageOn(DAY)).isEqualTo(17);
    }
}
