package fr.prestaflow.adjudication.rules;

import static fr.prestaflow.adjudication.rules.Fixtures.DAY;
import static fr.prestaflow.adjudication.rules.Fixtures.claim;
import static fr.prestaflow.adjudication.rules.Fixtures.line;
import static fr.prestaflow.adjudication.rules.Fixtures.percent;
import static fr.prestaflow.adjudication.rules.Fixtures.plan;
import static fr.prestaflow.adjudication.rules.Reason.AMO_COMPUTED;
import static fr.prestaflow.adjudication.rules.Reason.AMO_REPORTED;
import static fr.prestaflow.adjudication.rules.Reason.FRANCHISE_DAILY_CAP;
import static fr.prestaflow.adjudication.rules.Reason.FRANCHISE_NOT_COVERED;
import static fr.prestaflow.adjudication.rules.Reason.FRANCHISE_YEARLY_CAP;
import static fr.prestaflow.adjudication.rules.Reason.GUARANTEE_PERCENT_BR_INCL_AMO;
import static fr.prestaflow.adjudication.rules.Reason.PARTICIPATION_DAILY_CAP;
import static fr.prestaflow.adjudication.rules.Reason.PARTICIPATION_NOT_COVERED;
import static fr.prestaflow.adjudication.rules.Reason.PARTICIPATION_YEARLY_CAP;
import static fr.prestaflow.contracts.care.CareCategory.GP_CONSULTATION;
import static fr.prestaflow.contracts.care.CareCategory.PARAMEDICAL;
import static fr.prestaflow.contracts.care.CareCategory.PHARMACY_65;
import static fr.prestaflow.contracts.care.CareCategory.TRANSPORT;
import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.care.CareCategory;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class QuoteAmoComputationTest {

    private final Plan plan = plan().with(GP_CONSULTATION, percent(100)).with(PHARMACY_65, percent(100))
            .with(PARAMEDICAL, percent(100)).with(TRANSPORT, percent(100)).build();

    private Fixtures.LineBuilder gp(int n) {
        return line(n, GP_CONSULTATION).act("G" + n).base(3000, 70).quote();
    }

    private Fixtures.ClaimBuilder quote() {
        return claim(plan).quote();
    }

    @Test
    void computes_the_amo_at_its_rate_less_the_participation() {
        LineResult line = quote().line(gp(1)).adjudicateLine(1);

        assertThat(line.amoPaidCents()).isEqualTo(1900);
        assertThat(line.participationCents()).isEqualTo(200);
        assertThat(line.complementaryPaidCents()).isEqualTo(900);
        assertThat(line.patientShareCents()).isEqualTo(200);
        assertThat(line.reasons()).containsExactly(AMO_COMPUTED, PARTICIPATION_NOT_COVERED,
                GUARANTEE_PERCENT_BR_INCL_AMO);
    }

    @Test
    void takes_reported_amounts_as_given_without_recomputing_them() {
        LineResult line = claim(plan).line(line(1, GP_CONSULTATION).base(3000, 70).amo(2000, 100, 0))
                .adjudicateLine(1);

        assertThat(line.amoPaidCents()).isEqualTo(2000);
        assertThat(line.participationCents()).isEqualTo(100);
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, PARTICIPATION_NOT_COVERED,
                GUARANTEE_PERCENT_BR_INCL_AMO);
    }

    @Test
    void estimates_the_amo_of_an_uploaded_invoice_that_shows_no_amo_payment() {
        LineResult line = claim(plan).upload().line(gp(1)).adjudicateLine(1);

        assertThat(line.amoPaidCents()).isEqualTo(1900);
        assertThat(line.complementaryPaidCents()).isEqualTo(900);
        assertThat(line.reasons()).containsExactly(AMO_COMPUTED, PARTICIPATION_NOT_COVERED,
                GUARANTEE_PERCENT_BR_INCL_AMO);
    }

    @Test
    void refuses_a_teletransmitted_line_without_the_amo_payment() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> claim(plan).line(gp(1)).adjudicate())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amoPaidCents");
    }

    @Test
    void withholds_at_most_four_participations_a_day_for_the_same_practitioner() {
        ClaimResult result = quote().line(gp(1)).line(gp(2)).line(gp(3)).line(gp(4)).line(gp(5)).adjudicate();

        assertThat(result.lines()).extracting(LineResult::participationCents).containsExactly(200L, 200L, 200L,
                200L, 0L);
        assertThat(result.line(5).orElseThrow().reasons()).containsExactly(AMO_COMPUTED, PARTICIPATION_DAILY_CAP,
                GUARANTEE_PERCENT_BR_INCL_AMO);
        assertThat(result.line(5).orElseThrow().amoPaidCents()).isEqualTo(2100);
    }

    @Test
    void counts_the_daily_participations_per_practitioner() {
        ClaimResult result = quote().line(gp(1)).line(gp(2)).line(gp(3)).line(gp(4))
                .line(gp(5).practitioner("10009999999")).adjudicate();

        assertThat(result.line(5).orElseThrow().participationCents()).isEqualTo(200);
    }

    @Test
    void lets_absent_and_empty_practitioner_ids_share_one_daily_counter() {
        ClaimResult result = quote().line(gp(1).practitioner(null)).line(gp(2).practitioner(""))
                .line(gp(3).practitioner(null)).line(gp(4).practitioner("")).line(gp(5).practitioner(null))
                .adjudicate();

        assertThat(result.line(5).orElseThrow().participationCents()).isZero();
    }

    @Test
    void counts_the_daily_participations_per_care_date() {
        ClaimResult result = quote().line(gp(1)).line(gp(2)).line(gp(3)).line(gp(4))
                .line(gp(5).on(DAY.plusDays(1))).adjudicate();

        assertThat(result.line(5).orElseThrow().participationCents()).isEqualTo(200);
    }

    @Test
    void limits_the_participation_to_what_is_left_of_50_euros_a_year() {
        ClaimResult result = quote()
                .beneficiary(Beneficiary.bornOn(Fixtures.ADULT_BIRTH)
                        .withAmoWithheld(new AmoWithheldYearToDate(2025, 4_900, 0)))
                .line(gp(1)).line(gp(2)).adjudicate();

        assertThat(result.line(1).orElseThrow().participationCents()).isEqualTo(100);
        assertThat(result.line(1).orElseThrow().reasons()).containsExactly(AMO_COMPUTED, PARTICIPATION_YEARLY_CAP,
                PARTICIPATION_NOT_COVERED, GUARANTEE_PERCENT_BR_INCL_AMO);
        assertThat(result.line(2).orElseThrow().participationCents()).isZero();
        assertThat(result.line(2).orElseThrow().reasons()).containsExactly(AMO_COMPUTED, PARTICIPATION_YEARLY_CAP,
                GUARANTEE_PERCENT_BR_INCL_AMO);
    }

    @Test
    void ignores_amounts_withheld_in_another_year() {
        LineResult line = quote()
                .beneficiary(Beneficiary.bornOn(Fixtures.ADULT_BIRTH)
                        .withAmoWithheld(new AmoWithheldYearToDate(2024, 5_000, 5_000)))
                .line(gp(1)).adjudicateLine(1);

        assertThat(line.participationCents()).isEqualTo(200);
    }

    @Test
    void adds_no_yearly_cap_reason_when_the_daily_cap_already_left_nothing() {
        ClaimResult result = quote()
                .beneficiary(Beneficiary.bornOn(Fixtures.ADULT_BIRTH)
                        .withAmoWithheld(new AmoWithheldYearToDate(2025, 4_200, 0)))
                .line(gp(1)).line(gp(2)).line(gp(3)).line(gp(4)).line(gp(5)).adjudicate();

        assertThat(result.line(5).orElseThrow().reasons()).containsExactly(AMO_COMPUTED, PARTICIPATION_DAILY_CAP,
                GUARANTEE_PERCENT_BR_INCL_AMO);
    }

    @Test
    void never_withholds_more_than_the_amo_grants_and_gives_no_reason_for_that() {
        LineResult line = quote().line(line(1, GP_CONSULTATION).base(200, 70).quote()).adjudicateLine(1);

        assertThat(line.participationCents()).isEqualTo(140);
        assertThat(line.amoPaidCents()).isZero();
        assertThat(line.reasons()).containsExactly(AMO_COMPUTED, PARTICIPATION_NOT_COVERED,
                GUARANTEE_PERCENT_BR_INCL_AMO);
    }

    @Test
    void withholds_one_euro_per_box_of_drugs_without_a_daily_cap() {
        ClaimResult result = quote()
                .line(line(1, PHARMACY_65).act("A").quantity(5).base(5000, 65).quote())
                .line(line(2, PHARMACY_65).act("B").quantity(5).base(5000, 65).quote()).adjudicate();

        assertThat(result.lines()).extracting(LineResult::franchiseCents).containsExactly(500L, 500L);
        LineResult first = result.line(1).orElseThrow();
        assertThat(first.amoPaidCents()).isEqualTo(3250 - 500);
        assertThat(first.reasons()).containsExactly(AMO_COMPUTED, FRANCHISE_NOT_COVERED,
                GUARANTEE_PERCENT_BR_INCL_AMO);
    }

    @Test
    void limits_the_paramedical_franchise_to_4_euros_a_day_per_professional() {
        LineResult line = quote().line(line(1, PARAMEDICAL).quantity(5).base(5000, 60).quote()).adjudicateLine(1);

        assertThat(line.franchiseCents()).isEqualTo(400);
        assertThat(line.amoPaidCents()).isEqualTo(2600);
        assertThat(line.reasons()).containsExactly(AMO_COMPUTED, FRANCHISE_DAILY_CAP, FRANCHISE_NOT_COVERED,
                GUARANTEE_PERCENT_BR_INCL_AMO);
    }

    @Test
    void keeps_transport_and_paramedical_franchises_on_separate_daily_counters() {
        ClaimResult result = quote()
                .line(line(1, TRANSPORT).quantity(2).base(9000, 55).quote())
                .line(line(2, PARAMEDICAL).quantity(4).base(4000, 60).quote()).adjudicate();

        assertThat(result.lines()).extracting(LineResult::franchiseCents).containsExactly(800L, 400L);
        assertThat(result.lines()).allSatisfy(line -> assertThat(line.reasons()).doesNotContain(FRANCHISE_DAILY_CAP));
    }

    @Test
    void limits_the_transport_franchise_to_8_euros_a_day_per_transporter() {
        ClaimResult result = quote()
                .line(line(1, TRANSPORT).act("A").quantity(1).base(4500, 55).quote())
                .line(line(2, TRANSPORT).act("B").quantity(2).base(9000, 55).quote()).adjudicate();

        assertThat(result.lines()).extracting(LineResult::franchiseCents).containsExactly(400L, 400L);
        assertThat(result.line(2).orElseThrow().reasons()).contains(FRANCHISE_DAILY_CAP);
    }

    @Test
    void limits_the_franchise_to_what_is_left_of_50_euros_a_year() {
        LineResult line = quote()
                .beneficiary(Beneficiary.bornOn(Fixtures.ADULT_BIRTH)
                        .withAmoWithheld(new AmoWithheldYearToDate(2025, 0, 4_950)))
                .line(line(1, PHARMACY_65).quantity(2).base(2000, 65).quote()).adjudicateLine(1);

        assertThat(line.franchiseCents()).isEqualTo(50);
        assertThat(line.reasons()).containsExactly(AMO_COMPUTED, FRANCHISE_YEARLY_CAP, FRANCHISE_NOT_COVERED,
                GUARANTEE_PERCENT_BR_INCL_AMO);
    }

    @Test
    void never_lets_the_franchise_take_the_amo_below_zero() {
        LineResult line = quote().line(line(1, PHARMACY_65).quantity(3).base(60, 65).quote()).adjudicateLine(1);

        assertThat(line.franchiseCents()).isEqualTo(39);
        assertThat(line.amoPaidCents()).isZero();
        assertThat(line.reasons()).doesNotContain(FRANCHISE_DAILY_CAP, FRANCHISE_YEARLY_CAP);
    }

    @Test
    void counts_what_a_rejected_line_had_withheld_towards_the_caps() {
        ClaimResult result = quote()
                .contract(ContractDates.from(DAY))
                .beneficiary(Beneficiary.bornOn(Fixtures.ADULT_BIRTH)
                        .withAmoWithheld(new AmoWithheldYearToDate(2025, 4_800, 0)))
                .line(gp(1).on(DAY.minusDays(1)))
                .line(gp(2)).adjudicate();

        LineResult rejected = result.line(1).orElseThrow();
        assertThat(rejected.rejectionCode()).contains(RejectionCode.CARE_BEFORE_COVERAGE);
        assertThat(rejected.participationCents()).isEqualTo(200);
        assertThat(result.line(2).orElseThrow().participationCents()).isZero();
    }

    @Test
    void computes_no_withholding_for_categories_without_participation_or_franchise() {
        Plan dental = plan().with(CareCategory.DENTAL_CARE, percent(100)).build();

        LineResult line = claim(dental).quote()
                .line(line(1, CareCategory.DENTAL_CARE).base(2300, 60).quote()).adjudicateLine(1);

        assertThat(line.amoPaidCents()).isEqualTo(1380);
        assertThat(line.reasons()).containsExactly(AMO_COMPUTED, GUARANTEE_PERCENT_BR_INCL_AMO);
    }

    @Test
    void starts_the_yearly_counters_afresh_in_a_new_year() {
        ClaimResult result = quote()
                .beneficiary(Beneficiary.bornOn(Fixtures.ADULT_BIRTH)
                        .withAmoWithheld(new AmoWithheldYearToDate(2025, 5_000, 0)))
                .line(gp(1).on(LocalDate.of(2025, 12, 31))).line(gp(2).on(LocalDate.of(2026, 1, 2))).adjudicate();

        assertThat(result.lines()).extracting(LineResult::participationCents).containsExactly(0L, 200L);
    }
}
