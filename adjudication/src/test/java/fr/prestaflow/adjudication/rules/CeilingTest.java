package fr.prestaflow.adjudication.rules;

import static fr.prestaflow.adjudication.rules.Fixtures.DAY;
import static fr.prestaflow.adjudication.rules.Fixtures.claim;
import static fr.prestaflow.adjudication.rules.Fixtures.line;
import static fr.prestaflow.adjudication.rules.Fixtures.percent;
import static fr.prestaflow.adjudication.rules.Fixtures.plan;
import static fr.prestaflow.adjudication.rules.Reason.AMO_REPORTED;
import static fr.prestaflow.adjudication.rules.Reason.CAPPED_AT_BILLED;
import static fr.prestaflow.adjudication.rules.Reason.CEILING_APPLIED;
import static fr.prestaflow.adjudication.rules.Reason.GUARANTEE_FIXED_PER_YEAR;
import static fr.prestaflow.adjudication.rules.Reason.GUARANTEE_PERCENT_BR_INCL_AMO;
import static fr.prestaflow.adjudication.rules.RejectionCode.CEILING_REACHED;
import static fr.prestaflow.contracts.care.CareCategory.CONTACT_LENSES;
import static fr.prestaflow.contracts.care.CareCategory.OPTICS_FRAME;
import static fr.prestaflow.contracts.care.CareCategory.ORTHODONTICS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CeilingTest {

    private final Plan plan = plan()
            .with(ORTHODONTICS, percent(200, GuaranteeTerms.yearlyCeiling(60000)))
            .with(CONTACT_LENSES, new Guarantee.FixedPerYear(15000, GuaranteeTerms.NONE))
            .with(OPTICS_FRAME, new Guarantee.FixedPerItem(8000, GuaranteeTerms.yearlyCeiling(1000)))
            .build();

    private static Fixtures.LineBuilder ortho(int n) {
        return line(n, ORTHODONTICS).act("TO90-" + n).billed(60000).base(19350, 100).amo(19350, 0, 0);
    }

    private static Fixtures.LineBuilder contactLenses(int n, long billed) {
        return line(n, CONTACT_LENSES).act("LENTILLES" + n).billed(billed).amo(0, 0, 0);
    }

    @Test
    void cuts_the_amount_to_what_is_left_of_the_yearly_ceiling() {
        LineResult line = claim(plan).history(HistoryLine.of(ORTHODONTICS, DAY.minusMonths(3), 50000))
                .line(ortho(1)).adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(10000);
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, GUARANTEE_PERCENT_BR_INCL_AMO, CEILING_APPLIED);
    }

    @Test
    void rejects_the_line_once_the_ceiling_is_used_up() {
        LineResult line = claim(plan).history(HistoryLine.of(ORTHODONTICS, DAY.minusMonths(3), 60000))
                .line(ortho(1)).adjudicateLine(1);

        assertThat(line.rejectionCode()).contains(CEILING_REACHED);
        assertThat(line.reasons()).containsExactly(AMO_REPORTED);
    }

    @Test
    void counts_only_the_calendar_year_of_the_care_date() {
        LineResult line = claim(plan).history(HistoryLine.of(ORTHODONTICS, DAY.minusYears(1), 60000))
                .line(ortho(1)).adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(19350);
    }

    @Test
    void counts_what_earlier_lines_of_the_claim_were_granted() {
        ClaimResult result = claim(plan).history(HistoryLine.of(ORTHODONTICS, DAY.minusMonths(3), 30000))
                .line(ortho(1)).line(ortho(2)).line(ortho(3)).adjudicate();

        assertThat(result.lines()).extracting(LineResult::complementaryPaidCents).containsExactly(19350L, 10650L,
                0L);
        assertThat(result.line(2).orElseThrow().reasons()).contains(CEILING_APPLIED);
        assertThat(result.line(3).orElseThrow().rejectionCode()).contains(CEILING_REACHED);
    }

    @Test
    void accepts_a_line_worth_nothing_even_when_the_ceiling_is_used_up() {
        LineResult line = claim(plan).history(HistoryLine.of(ORTHODONTICS, DAY.minusMonths(3), 60000))
                .line(ortho(1).billed(19350)).adjudicateLine(1);

        assertThat(line.rejected()).isFalse();
        assertThat(line.complementaryPaidCents()).isZero();
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, GUARANTEE_PERCENT_BR_INCL_AMO, CAPPED_AT_BILLED);
    }

    @Test
    void treats_a_yearly_forfait_as_its_own_ceiling() {
        LineResult line = claim(plan).upload().history(HistoryLine.of(CONTACT_LENSES, DAY.minusMonths(4), 9000))
                .line(contactLenses(1, 12000)).adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(6000);
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, GUARANTEE_FIXED_PER_YEAR, CAPPED_AT_BILLED,
                CEILING_APPLIED);
    }

    @Test
    void takes_an_explicit_ceiling_below_a_yearly_forfait() {
        Plan lower = plan().with(CONTACT_LENSES, new Guarantee.FixedPerYear(15000,
                new GuaranteeTerms(OptionalLong.of(10000), Optional.empty(), Optional.empty()))).build();

        ClaimResult result = claim(lower).upload().line(contactLenses(1, 20000)).line(contactLenses(2, 20000))
                .adjudicate();

        assertThat(result.line(1).orElseThrow().complementaryPaidCents()).isEqualTo(10000);
        assertThat(result.line(1).orElseThrow().reasons()).contains(CEILING_APPLIED);
        assertThat(result.line(2).orElseThrow().rejectionCode()).contains(CEILING_REACHED);
    }

    @Test
    void ignores_a_yearly_ceiling_on_optics() {
        LineResult line = claim(plan).line(line(1, OPTICS_FRAME).billed(15000).base(5, 60).amo(3, 0, 0))
                .adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(8000);
    }
}
