package fr.prestaflow.adjudication.rules;

import static fr.prestaflow.adjudication.rules.Fixtures.DAY;
import static fr.prestaflow.adjudication.rules.Fixtures.claim;
import static fr.prestaflow.adjudication.rules.Fixtures.line;
import static fr.prestaflow.adjudication.rules.Fixtures.plan;
import static fr.prestaflow.adjudication.rules.Reason.AMO_REPORTED;
import static fr.prestaflow.adjudication.rules.Reason.CAPPED_AT_BILLED;
import static fr.prestaflow.adjudication.rules.Reason.GUARANTEE_FIXED_PER_EVENT;
import static fr.prestaflow.adjudication.rules.RejectionCode.ALLOWANCE_ALREADY_PAID;
import static fr.prestaflow.adjudication.rules.RejectionCode.CHILD_AGE_LIMIT_EXCEEDED;
import static fr.prestaflow.adjudication.rules.RejectionCode.NOT_COVERED_BY_PLAN;
import static fr.prestaflow.contracts.care.CareCategory.BIRTH_ALLOWANCE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BirthAllowanceTest {

    private final Plan plan = plan().with(BIRTH_ALLOWANCE, new Guarantee.FixedPerEvent(15000, GuaranteeTerms.NONE))
            .build();

    private Fixtures.LineBuilder allowance(int n, long billed) {
        return line(n, BIRTH_ALLOWANCE).act("NAISSANCE" + n).practitioner(null).billed(billed).amo(0, 0, 0);
    }

    @Test
    void pays_the_plan_allowance_for_a_newborn() {
        LineResult line = claim(plan).upload().bornOn(DAY).line(allowance(1, 15000)).adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(15000);
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, GUARANTEE_FIXED_PER_EVENT);
    }

    @Test
    void pays_at_most_what_was_claimed() {
        LineResult line = claim(plan).upload().bornOn(DAY).line(allowance(1, 10000)).adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(10000);
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, GUARANTEE_FIXED_PER_EVENT, CAPPED_AT_BILLED);
    }

    @Test
    void pays_an_adoption_up_to_the_day_before_the_11th_birthday() {
        LineResult ten = claim(plan).upload().bornOn(DAY.minusYears(11).plusDays(1)).line(allowance(1, 15000))
                .adjudicateLine(1);
        LineResult eleven = claim(plan).upload().bornOn(DAY.minusYears(11)).line(allowance(1, 15000))
                .adjudicateLine(1);

        assertThat(ten.complementaryPaidCents()).isEqualTo(15000);
        assertThat(eleven.rejectionCode()).contains(CHILD_AGE_LIMIT_EXCEEDED);
    }

    @Test
    void pays_the_allowance_once_per_child() {
        LineResult fromHistory = claim(plan).upload().bornOn(DAY)
                .history(HistoryLine.of(BIRTH_ALLOWANCE, DAY, 15000))
                .line(allowance(1, 15000)).adjudicateLine(1);
        ClaimResult sameClaim = claim(plan).upload().bornOn(DAY)
                .line(allowance(1, 15000)).line(allowance(2, 15000)).adjudicate();

        assertThat(fromHistory.rejectionCode()).contains(ALLOWANCE_ALREADY_PAID);
        assertThat(sameClaim.line(2).orElseThrow().rejectionCode()).contains(ALLOWANCE_ALREADY_PAID);
    }

    @Test
    void is_not_paid_by_a_plan_without_it() {
        LineResult line = claim(plan().build()).upload().bornOn(DAY).line(allowance(1, 15000)).adjudicateLine(1);

        assertThat(line.rejectionCode()).contains(NOT_COVERED_BY_PLAN);
    }
}
