package fr.prestaflow.adjudication.rules;

import static fr.prestaflow.adjudication.rules.Fixtures.DAY;
import static fr.prestaflow.adjudication.rules.Fixtures.claim;
import static fr.prestaflow.adjudication.rules.Fixtures.line;
import static fr.prestaflow.adjudication.rules.Fixtures.plan;
import static fr.prestaflow.adjudication.rules.Reason.AMO_REPORTED;
import static fr.prestaflow.adjudication.rules.Reason.GUARANTEE_FIXED_PER_EAR_INCL_AMO;
import static fr.prestaflow.adjudication.rules.Reason.GUARANTEE_FIXED_PER_ITEM;
import static fr.prestaflow.adjudication.rules.Reason.RAC0_FULL_COVERAGE;
import static fr.prestaflow.adjudication.rules.Reason.RENEWAL_SHORTENED_UNDER_16;
import static fr.prestaflow.adjudication.rules.Reason.RENEWAL_SHORTENED_VISION_CHANGE;
import static fr.prestaflow.adjudication.rules.RejectionCode.RENEWAL_PERIOD_NOT_ELAPSED;
import static fr.prestaflow.contracts.care.CareCategory.HEARING_AID;
import static fr.prestaflow.contracts.care.CareCategory.OPTICS_FRAME;
import static fr.prestaflow.contracts.care.CareCategory.OPTICS_LENS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.care.Basket;
import fr.prestaflow.contracts.care.Side;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RenewalTest {

    private final Plan plan = plan()
            .with(OPTICS_FRAME, new Guarantee.FixedPerItem(8000,
                    GuaranteeTerms.renewedEvery(Fixtures.opticsRenewal(RenewalUnit.ITEM))))
            .with(OPTICS_LENS, Fixtures.lenses(10000, 20000, 25000, Fixtures.opticsRenewal(RenewalUnit.EYE)))
            .with(HEARING_AID, new Guarantee.FixedPerEarInclAmo(100000,
                    GuaranteeTerms.renewedEvery(Renewal.every(4, RenewalUnit.EAR))))
            .build();

    private static Fixtures.LineBuilder frame(int n, LocalDate date) {
        return line(n, OPTICS_FRAME).act("FRAME" + n).on(date).billed(15000).base(5, 60).amo(3, 0, 0);
    }

    private static Fixtures.LineBuilder lens(int n, Side side) {
        return line(n, OPTICS_LENS).act("LENS-SIMPLE").billed(15000).base(10, 60).amo(6, 0, 0).side(side);
    }

    private static Fixtures.LineBuilder ear(int n, Side side) {
        return line(n, HEARING_AID).billed(180000).base(40000, 60).amo(24000, 0, 0).side(side);
    }

    @Test
    void rejects_adult_glasses_renewed_before_two_years() {
        LineResult line = claim(plan).history(HistoryLine.of(OPTICS_FRAME, LocalDate.of(2024, 9, 1), 8000))
                .line(frame(1, LocalDate.of(2025, 11, 15))).adjudicateLine(1);

        assertThat(line.rejectionCode()).contains(RENEWAL_PERIOD_NOT_ELAPSED);
        assertThat(line.reasons()).containsExactly(AMO_REPORTED);
    }

    @Test
    void accepts_a_renewal_on_the_day_the_period_ends() {
        LineResult line = claim(plan).history(HistoryLine.of(OPTICS_FRAME, LocalDate.of(2023, 6, 2), 8000))
                .line(frame(1, DAY)).adjudicateLine(1);

        assertThat(line.rejected()).isFalse();
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, GUARANTEE_FIXED_PER_ITEM);
    }

    @Test
    void counts_two_years_from_29_february_to_28_february() {
        var history = HistoryLine.of(OPTICS_FRAME, LocalDate.of(2024, 2, 29), 8000);

        LineResult onTheDay = claim(plan).history(history).line(frame(1, LocalDate.of(2026, 2, 28)))
                .adjudicateLine(1);
        LineResult dayBefore = claim(plan).history(history).line(frame(1, LocalDate.of(2026, 2, 27)))
                .adjudicateLine(1);

        assertThat(onTheDay.rejected()).isFalse();
        assertThat(dayBefore.rejectionCode()).contains(RENEWAL_PERIOD_NOT_ELAPSED);
    }

    @Test
    void allows_one_year_for_a_child_under_16_and_says_so_when_it_was_needed() {
        LineResult line = claim(plan).bornOn(LocalDate.of(2012, 1, 1))
                .history(HistoryLine.of(OPTICS_FRAME, DAY.minusYears(1), 8000))
                .line(frame(1, DAY)).adjudicateLine(1);

        assertThat(line.rejected()).isFalse();
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, RENEWAL_SHORTENED_UNDER_16,
                GUARANTEE_FIXED_PER_ITEM);
    }

    @Test
    void does_not_mention_the_shortened_period_when_the_standard_one_had_elapsed() {
        LineResult line = claim(plan).bornOn(LocalDate.of(2012, 1, 1))
                .history(HistoryLine.of(OPTICS_FRAME, DAY.minusYears(3), 8000))
                .line(frame(1, DAY)).adjudicateLine(1);

        assertThat(line.reasons()).containsExactly(AMO_REPORTED, GUARANTEE_FIXED_PER_ITEM);
    }

    @Test
    void still_rejects_a_child_within_the_shortened_period() {
        LineResult line = claim(plan).bornOn(LocalDate.of(2012, 1, 1))
                .history(HistoryLine.of(OPTICS_FRAME, DAY.minusMonths(11), 8000))
                .line(frame(1, DAY)).adjudicateLine(1);

        assertThat(line.rejectionCode()).contains(RENEWAL_PERIOD_NOT_ELAPSED);
    }

    @Test
    void uses_the_standard_period_from_the_16th_birthday() {
        LineResult line = claim(plan).bornOn(DAY.minusYears(16))
                .history(HistoryLine.of(OPTICS_FRAME, DAY.minusYears(1), 8000))
                .line(frame(1, DAY)).adjudicateLine(1);

        assertThat(line.rejectionCode()).contains(RENEWAL_PERIOD_NOT_ELAPSED);
    }

    @Test
    void allows_one_year_after_a_justified_vision_change() {
        LineResult line = claim(plan).visionChangeJustified()
                .history(new HistoryLine(OPTICS_LENS, DAY.minusMonths(13), 20000, Side.BOTH, 1, Basket.FREE))
                .line(lens(1, Side.BOTH)).adjudicateLine(1);

        assertThat(line.rejected()).isFalse();
        assertThat(line.reasons()).contains(RENEWAL_SHORTENED_VISION_CHANGE);
    }

    @Test
    void renews_each_eye_on_its_own() {
        ClaimResult result = claim(plan)
                .history(new HistoryLine(OPTICS_LENS, DAY.minusMonths(6), 10000, Side.LEFT, 1, Basket.FREE))
                .line(lens(1, Side.RIGHT)).line(lens(2, Side.LEFT)).adjudicate();

        assertThat(result.line(1).orElseThrow().rejected()).isFalse();
        assertThat(result.line(2).orElseThrow().rejectionCode()).contains(RENEWAL_PERIOD_NOT_ELAPSED);
    }

    @Test
    void reads_a_prior_item_without_side_as_both_eyes() {
        LineResult line = claim(plan).history(HistoryLine.of(OPTICS_LENS, DAY.minusMonths(6), 10000))
                .line(lens(1, Side.RIGHT)).adjudicateLine(1);

        assertThat(line.rejectionCode()).contains(RENEWAL_PERIOD_NOT_ELAPSED);
    }

    @Test
    void sees_an_item_accepted_earlier_in_the_same_claim() {
        ClaimResult result = claim(plan).line(frame(1, DAY)).line(frame(2, DAY)).adjudicate();

        assertThat(result.line(2).orElseThrow().rejectionCode()).contains(RENEWAL_PERIOD_NOT_ELAPSED);
    }

    @Test
    void ignores_prior_items_dated_after_the_line() {
        LineResult line = claim(plan).history(HistoryLine.of(OPTICS_FRAME, DAY.plusDays(1), 8000))
                .line(frame(1, DAY)).adjudicateLine(1);

        assertThat(line.rejected()).isFalse();
    }

    @Test
    void renews_hearing_aids_every_four_years_per_ear() {
        var leftEar = new HistoryLine(HEARING_AID, DAY.minusYears(3), 76000, Side.LEFT, 1, Basket.FREE);

        ClaimResult result = claim(plan).history(leftEar)
                .line(ear(1, Side.RIGHT)).line(ear(2, Side.LEFT).act("OTHER")).adjudicate();
        LineResult afterFourYears = claim(plan)
                .history(new HistoryLine(HEARING_AID, DAY.minusYears(4), 76000, Side.LEFT, 1, Basket.FREE))
                .line(ear(1, Side.LEFT)).adjudicateLine(1);

        assertThat(result.line(1).orElseThrow().reasons()).contains(GUARANTEE_FIXED_PER_EAR_INCL_AMO);
        assertThat(result.line(2).orElseThrow().rejectionCode()).contains(RENEWAL_PERIOD_NOT_ELAPSED);
        assertThat(afterFourYears.rejected()).isFalse();
    }

    @Test
    void applies_to_100_percent_sante_items_and_counts_prior_items_of_any_basket() {
        var rac0Frame = new HistoryLine(OPTICS_FRAME, DAY.minusYears(1), 2460, Side.BOTH, 1, Basket.RAC0);

        LineResult line = claim(plan).history(rac0Frame)
                .line(frame(1, DAY).billed(3000).base(900, 60).amo(540, 0, 0).basket(Basket.RAC0)).adjudicateLine(1);
        LineResult freeAfterRac0 = claim(plan).history(rac0Frame).line(frame(1, DAY)).adjudicateLine(1);

        assertThat(line.rejectionCode()).contains(RENEWAL_PERIOD_NOT_ELAPSED);
        assertThat(line.reasons()).doesNotContain(RAC0_FULL_COVERAGE);
        assertThat(freeAfterRac0.rejectionCode()).contains(RENEWAL_PERIOD_NOT_ELAPSED);
    }
}
