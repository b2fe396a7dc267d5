package fr.prestaflow.adjudication.rules;

import static fr.prestaflow.adjudication.rules.Fixtures.DAY;
import static fr.prestaflow.adjudication.rules.Fixtures.claim;
import static fr.prestaflow.adjudication.rules.Fixtures.line;
import static fr.prestaflow.adjudication.rules.Fixtures.plan;
import static fr.prestaflow.adjudication.rules.Reason.AMO_REPORTED;
import static fr.prestaflow.adjudication.rules.Reason.CAPPED_AT_BILLED;
import static fr.prestaflow.adjudication.rules.Reason.GUARANTEE_FIXED_PER_ITEM;
import static fr.prestaflow.adjudication.rules.Reason.GUARANTEE_FIXED_PER_LENS_BY_CLASS;
import static fr.prestaflow.adjudication.rules.Reason.OPTICS_GRID_CAPPED;
import static fr.prestaflow.contracts.care.CareCategory.OPTICS_FRAME;
import static fr.prestaflow.contracts.care.CareCategory.OPTICS_LENS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.care.Basket;
import fr.prestaflow.contracts.care.Side;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OpticsGridTest {

    private final Plan plan = plan()
            .with(OPTICS_FRAME, new Guarantee.FixedPerItem(10000,
                    GuaranteeTerms.renewedEvery(Fixtures.opticsRenewal(RenewalUnit.ITEM))))
            .with(OPTICS_LENS, Fixtures.lenses(20000, 40000, 40000, Fixtures.opticsRenewal(RenewalUnit.EYE)))
            .build();

    private static Fixtures.LineBuilder frame(int n) {
        return line(n, OPTICS_FRAME).act("FRAME").billed(18000).base(5, 60).amo(3, 0, 0).basket(Basket.FREE);
    }

    private static Fixtures.LineBuilder lens(int n, String code, Side side, long billed) {
        return line(n, OPTICS_LENS).act(code).billed(billed).base(10, 60).amo(6, 0, 0).basket(Basket.FREE)
                .side(side);
    }

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @CsvSource({"SIMPLE, SIMPLE, 42000", "SIMPLE, COMPLEX, 56000", "VERY_COMPLEX, SIMPLE, 61000",
            "COMPLEX, COMPLEX, 70000", "COMPLEX, VERY_COMPLEX, 75000", "VERY_COMPLEX, VERY_COMPLEX, 80000"})
    void uses_the_contrat_responsable_maximum_of_the_lens_pair(LensClass left, LensClass right, long maximum) {
        assertThat(new LensPair(left, right).maximumCents()).isEqualTo(maximum);
    }

    @Test
    void limits_frame_and_simple_lenses_to_420_euros() {
        ClaimResult result = claim(plan).line(frame(1)).line(lens(2, "LENS-SIMPLE", Side.BOTH, 40000)).adjudicate();

        assertThat(result.lines()).extracting(LineResult::complementaryPaidCents).containsExactly(10000L, 32000L);
        assertThat(result.line(1).orElseThrow().reasons()).containsExactly(AMO_REPORTED, GUARANTEE_FIXED_PER_ITEM);
        assertThat(result.line(2).orElseThrow().reasons()).containsExactly(AMO_REPORTED,
                GUARANTEE_FIXED_PER_LENS_BY_CLASS, CAPPED_AT_BILLED, OPTICS_GRID_CAPPED);
    }

    @Test
    void takes_each_eye_class_from_its_own_lens_line() {
        ClaimResult result = claim(plan).line(frame(1))
                .line(lens(2, "LENS-COMPLEX", Side.LEFT, 50000))
                .line(lens(3, "LENS-VERY-COMPLEX", Side.RIGHT, 50000)).adjudicate();

        assertThat(result.lines()).extracting(LineResult::complementaryPaidCents).containsExactly(10000L, 40000L,
                25000L);
        assertThat(result.line(3).orElseThrow().reasons()).contains(OPTICS_GRID_CAPPED);
    }

    @Test
    void gives_an_eye_without_lens_the_class_of_the_other_eye() {
        Plan generousLenses = plan()
                .with(OPTICS_FRAME, new Guarantee.FixedPerItem(10000, GuaranteeTerms.NONE))
                .with(OPTICS_LENS, Fixtures.lenses(60000, 60000, 60000, Fixtures.opticsRenewal(RenewalUnit.EYE)))
                .build();

        ClaimResult result = claim(generousLenses).line(frame(1))
                .line(lens(2, "LENS-COMPLEX", Side.LEFT, 100000)).adjudicate();

        // COMPLEX + COMPLEX (700 €), not COMPLEX + SIMPLE (560 €)
        assertThat(result.lines()).extracting(LineResult::complementaryPaidCents).containsExactly(10000L, 60000L);
    }

    @Test
    void knows_the_pair_before_capping_a_frame_that_comes_first() {
        Plan generousLenses = plan()
                .with(OPTICS_FRAME, new Guarantee.FixedPerItem(10000, GuaranteeTerms.NONE))
                .with(OPTICS_LENS, Fixtures.lenses(60000, 60000, 60000, Fixtures.opticsRenewal(RenewalUnit.EYE)))
                .build();

        ClaimResult result = claim(generousLenses).line(frame(1))
                .line(lens(2, "LENS-VERY-COMPLEX", Side.BOTH, 200000)).adjudicate();

        assertThat(result.lines()).extracting(LineResult::complementaryPaidCents).containsExactly(10000L, 70000L);
    }

    @Test
    void leaves_a_refused_lens_out_of_the_pair() {
        ClaimResult result = claim(plan)
                .history(new HistoryLine(OPTICS_LENS, DAY.minusMonths(6), 40000, Side.LEFT, 1, Basket.FREE))
                .line(frame(1))
                .line(lens(2, "LENS-VERY-COMPLEX", Side.LEFT, 50000))
                .line(lens(3, "LENS-SIMPLE", Side.RIGHT, 50000)).adjudicate();

        assertThat(result.line(2).orElseThrow().rejected()).isTrue();
        assertThat(result.line(3).orElseThrow().complementaryPaidCents()).isEqualTo(20000);
        assertThat(result.totals().complementaryPaidCents()).isEqualTo(30000);
    }

    @Test
    void caps_each_line_at_what_is_left_of_the_budget() {
        Plan generousLenses = plan()
                .with(OPTICS_FRAME, new Guarantee.FixedPerItem(10000, GuaranteeTerms.NONE))
                .with(OPTICS_LENS, Fixtures.lenses(40000, 40000, 40000, Fixtures.opticsRenewal(RenewalUnit.EYE)))
                .build();

        ClaimResult result = claim(generousLenses).line(lens(1, "LENS-SIMPLE", Side.BOTH, 100000)).line(frame(2))
                .adjudicate();

        assertThat(result.lines()).extracting(LineResult::complementaryPaidCents).containsExactly(42000L, 0L);
        assertThat(result.line(2).orElseThrow().rejected()).isFalse();
        assertThat(result.line(2).orElseThrow().reasons()).contains(OPTICS_GRID_CAPPED);
    }

    @Test
    void leaves_100_percent_sante_items_out_of_the_budget() {
        ClaimResult result = claim(plan)
                .line(frame(1).billed(3000).base(900, 60).amo(540, 0, 0).basket(Basket.RAC0))
                .line(lens(2, "LENS-SIMPLE", Side.BOTH, 50000)).adjudicate();

        assertThat(result.lines()).extracting(LineResult::complementaryPaidCents).containsExactly(2460L, 40000L);
        assertThat(result.line(2).orElseThrow().reasons()).doesNotContain(OPTICS_GRID_CAPPED);
    }
}
