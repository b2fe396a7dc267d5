package fr.prestaflow.adjudication.rules;

import static fr.prestaflow.adjudication.rules.Fixtures.DAY;
import static fr.prestaflow.adjudication.rules.Fixtures.claim;
import static fr.prestaflow.adjudication.rules.Fixtures.line;
import static fr.prestaflow.adjudication.rules.Fixtures.percent;
import static fr.prestaflow.adjudication.rules.Fixtures.plan;
import static fr.prestaflow.adjudication.rules.Reason.AMO_REPORTED;
import static fr.prestaflow.adjudication.rules.Reason.FRANCHISE_NOT_COVERED;
import static fr.prestaflow.adjudication.rules.Reason.PARTICIPATION_NOT_COVERED;
import static fr.prestaflow.adjudication.rules.RejectionCode.CARE_AFTER_TERMINATION;
import static fr.prestaflow.adjudication.rules.RejectionCode.CARE_BEFORE_COVERAGE;
import static fr.prestaflow.adjudication.rules.RejectionCode.DUPLICATE_LINE;
import static fr.prestaflow.adjudication.rules.RejectionCode.NOT_COVERED_BY_PLAN;
import static fr.prestaflow.contracts.care.CareCategory.GP_CONSULTATION;
import static fr.prestaflow.contracts.care.CareCategory.OPTICS_LENS;
import static fr.prestaflow.contracts.care.CareCategory.PHARMACY_15;
import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.care.Side;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EligibilityTest {

    private final Plan plan = plan().with(GP_CONSULTATION, percent(100))
            .with(OPTICS_LENS, Fixtures.lenses(10000, 20000, 25000, Fixtures.opticsRenewal(RenewalUnit.EYE)))
            .build();

    private Fixtures.LineBuilder gp(int n) {
        return line(n, GP_CONSULTATION).base(3000, 70).amo(1900, 200, 0);
    }

    @Test
    void rejects_the_second_occurrence_of_the_same_line_and_keeps_its_amo_reasons() {
        ClaimResult result = claim(plan).line(gp(1)).line(gp(2)).adjudicate();

        assertThat(result.line(1).orElseThrow().rejected()).isFalse();
        LineResult duplicate = result.line(2).orElseThrow();
        assertThat(duplicate.rejectionCode()).contains(DUPLICATE_LINE);
        assertThat(duplicate.reasons()).containsExactly(AMO_REPORTED, PARTICIPATION_NOT_COVERED);
        assertThat(duplicate.amoPaidCents()).isEqualTo(1900);
        assertThat(duplicate.complementaryPaidCents()).isZero();
        assertThat(duplicate.patientShareCents()).isEqualTo(1100);
        assertThat(duplicate.consumption()).isEmpty();
    }

    @Test
    void treats_a_copy_of_a_rejected_line_as_a_duplicate_too() {
        ClaimResult result = claim(plan).contract(ContractDates.from(DAY.plusDays(1)))
                .line(gp(1)).line(gp(2)).adjudicate();

        assertThat(result.line(1).orElseThrow().rejectionCode()).contains(CARE_BEFORE_COVERAGE);
        assertThat(result.line(2).orElseThrow().rejectionCode()).contains(DUPLICATE_LINE);
    }

    @Test
    void compares_side_and_practitioner_as_given() {
        ClaimResult result = claim(plan)
                .line(line(1, OPTICS_LENS).act("LENS-SIMPLE").base(10, 60).amo(6, 0, 0).billed(20000))
                .line(line(2, OPTICS_LENS).act("LENS-SIMPLE").base(10, 60).amo(6, 0, 0).billed(20000)
                        .side(Side.BOTH))
                .line(gp(3).practitioner(null)).line(gp(4).practitioner(""))
                .adjudicate();

        // not a duplicate: an absent side is not BOTH here, so the renewal check is what rejects it
        assertThat(result.line(2).orElseThrow().rejectionCode()).contains(RejectionCode.RENEWAL_PERIOD_NOT_ELAPSED);
        assertThat(result.line(4).orElseThrow().rejectionCode()).isEmpty();
    }

    @Test
    void finds_a_duplicate_before_checking_the_dates() {
        ClaimResult result = claim(plan).contract(ContractDates.from(DAY.plusDays(1)))
                .line(gp(1)).line(gp(2)).adjudicate();

        assertThat(result.rejectionCodes()).containsExactly(CARE_BEFORE_COVERAGE, DUPLICATE_LINE);
    }

    @Test
    void rejects_care_before_the_contract_start_and_pays_care_from_it() {
        ClaimResult result = claim(plan).contract(ContractDates.from(DAY))
                .line(gp(1).on(DAY.minusDays(1))).line(gp(2)).adjudicate();

        assertThat(result.line(1).orElseThrow().rejectionCode()).contains(CARE_BEFORE_COVERAGE);
        assertThat(result.line(2).orElseThrow().complementaryPaidCents()).isEqualTo(900);
    }

    @Test
    void covers_the_end_date_itself_and_rejects_care_after_it() {
        ClaimResult result = claim(plan).contract(ContractDates.from(DAY.minusYears(1)).endingOn(DAY))
                .line(gp(1)).line(gp(2).on(DAY.plusDays(1))).adjudicate();

        assertThat(result.line(1).orElseThrow().rejected()).isFalse();
        assertThat(result.line(2).orElseThrow().rejectionCode()).contains(CARE_AFTER_TERMINATION);
    }

    @Test
    void rejects_a_category_the_plan_does_not_cover() {
        LineResult line = claim(plan).line(line(1, PHARMACY_15).base(1200, 15).amo(80, 0, 100)).adjudicateLine(1);

        assertThat(line.rejectionCode()).contains(NOT_COVERED_BY_PLAN);
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, FRANCHISE_NOT_COVERED);
        assertThat(line.patientShareCents()).isEqualTo(1120);
    }

    @Test
    void checks_the_contract_dates_before_the_plan_coverage() {
        LineResult line = claim(plan).contract(ContractDates.from(DAY.plusDays(1)))
                .line(line(1, PHARMACY_15).base(1200, 15).amo(80, 0, 100)).adjudicateLine(1);

        assertThat(line.rejectionCode()).contains(CARE_BEFORE_COVERAGE);
    }
}
