package fr.prestaflow.adjudication.rules;

import static fr.prestaflow.adjudication.rules.Fixtures.DAY;
import static fr.prestaflow.adjudication.rules.Fixtures.claim;
import static fr.prestaflow.adjudication.rules.Fixtures.line;
import static fr.prestaflow.adjudication.rules.Fixtures.plan;
import static fr.prestaflow.adjudication.rules.Reason.AMO_REPORTED;
import static fr.prestaflow.adjudication.rules.Reason.CEILING_APPLIED;
import static fr.prestaflow.adjudication.rules.Reason.GUARANTEE_PERCENT_BR_PLUS_FORFAIT;
import static fr.prestaflow.adjudication.rules.Reason.RAC0_FULL_COVERAGE;
import static fr.prestaflow.adjudication.rules.Reason.RAC0_PRICE_CAP_EXCEEDED;
import static fr.prestaflow.contracts.care.CareCategory.DENTAL_PROSTHESIS;
import static fr.prestaflow.contracts.care.CareCategory.HEARING_AID;
import static fr.prestaflow.contracts.care.CareCategory.OPTICS_FRAME;
import static fr.prestaflow.contracts.care.CareCategory.OPTICS_LENS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.care.Basket;
import fr.prestaflow.contracts.care.Side;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class Rac0BasketTest {

    private final Plan plan = plan()
            .with(DENTAL_PROSTHESIS, new Guarantee.PercentOfBasePlusForfait(200, 5000,
                    GuaranteeTerms.yearlyCeiling(120000)))
            .with(OPTICS_FRAME, new Guarantee.FixedPerItem(5000, GuaranteeTerms.NONE))
            .with(OPTICS_LENS, Fixtures.lenses(5000, 10000, 12500, Fixtures.opticsRenewal(RenewalUnit.EYE)))
            .with(HEARING_AID, new Guarantee.FixedPerEarInclAmo(40000, GuaranteeTerms.NONE))
            .build();

    private static Fixtures.LineBuilder rac0Crown(int n, long billed) {
        return line(n, DENTAL_PROSTHESIS).act("CROWN" + n).billed(billed).base(12000, 60).amo(7200, 0, 0)
                .basket(Basket.RAC0);
    }

    @Test
    void pays_a_100_percent_sante_crown_up_to_its_regulated_price() {
        LineResult line = claim(plan).line(rac0Crown(1, 50000)).adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(42800);
        assertThat(line.patientShareCents()).isZero();
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, RAC0_FULL_COVERAGE);
    }

    @Test
    void leaves_a_price_above_the_regulated_cap_to_the_patient() {
        LineResult line = claim(plan).line(rac0Crown(1, 60000)).adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(42800);
        assertThat(line.patientShareCents()).isEqualTo(10000);
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, RAC0_FULL_COVERAGE, RAC0_PRICE_CAP_EXCEEDED);
    }

    @Test
    void multiplies_the_frame_and_crown_caps_by_the_quantity() {
        LineResult crowns = claim(plan).line(rac0Crown(1, 100000).quantity(2).base(24000, 60).amo(14400, 0, 0))
                .adjudicateLine(1);

        assertThat(crowns.complementaryPaidCents()).isEqualTo(100000 - 14400);
        assertThat(crowns.reasons()).doesNotContain(RAC0_PRICE_CAP_EXCEEDED);
    }

    @Test
    void caps_lenses_by_class_and_hearing_aids_per_ear() {
        LineResult lenses = claim(plan).line(line(1, OPTICS_LENS).act("LENS-VERY-COMPLEX").billed(25000)
                .base(2400, 60).amo(1440, 0, 0).basket(Basket.RAC0).side(Side.BOTH)).adjudicateLine(1);
        LineResult ears = claim(plan).line(line(1, HEARING_AID).billed(190000).base(80000, 60).amo(48000, 0, 0)
                .basket(Basket.RAC0).side(Side.BOTH)).adjudicateLine(1);

        assertThat(lenses.complementaryPaidCents()).isEqualTo(24000 - 1440);
        assertThat(lenses.reasons()).containsExactly(AMO_REPORTED, RAC0_FULL_COVERAGE, RAC0_PRICE_CAP_EXCEEDED);
        assertThat(ears.complementaryPaidCents()).isEqualTo(190000 - 48000);
        assertThat(ears.patientShareCents()).isZero();
    }

    @Test
    void neither_counts_against_nor_is_limited_by_the_yearly_ceiling() {
        ClaimResult result = claim(plan)
                .history(new HistoryLine(DENTAL_PROSTHESIS, DAY.minusMonths(2), 100000, Side.BOTH, 1, Basket.FREE),
                        new HistoryLine(DENTAL_PROSTHESIS, DAY.minusMonths(1), 42800, Side.BOTH, 1, Basket.RAC0))
                .line(rac0Crown(1, 50000))
                .line(line(2, DENTAL_PROSTHESIS).billed(80000).base(10750, 60).amo(6450, 0, 0).basket(Basket.FREE))
                .line(rac0Crown(3, 50000))
                .adjudicate();

        assertThat(result.lines()).extracting(LineResult::complementaryPaidCents).containsExactly(42800L, 20000L,
                42800L);
        assertThat(result.line(2).orElseThrow().reasons()).containsExactly(AMO_REPORTED,
                GUARANTEE_PERCENT_BR_PLUS_FORFAIT, CEILING_APPLIED);
    }

    @Test
    void is_still_refused_when_the_plan_does_not_cover_the_category() {
        Plan noDental = plan().build();

        LineResult line = claim(noDental).line(rac0Crown(1, 50000)).adjudicateLine(1);

        assertThat(line.rejectionCode()).contains(RejectionCode.NOT_COVERED_BY_PLAN);
    }

    @Test
    void follows_the_plan_guarantee_in_a_plan_that_is_not_responsible() {
        Plan notResponsible = plan().notResponsible()
                .with(DENTAL_PROSTHESIS, new Guarantee.PercentOfBasePlusForfait(200, 5000, GuaranteeTerms.NONE))
                .build();

        LineResult line = claim(notResponsible).line(rac0Crown(1, 50000)).adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(24000 - 7200 + 5000);
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, GUARANTEE_PERCENT_BR_PLUS_FORFAIT);
    }

    @Test
    void records_its_consumption_with_the_rac0_basket() {
        LineResult line = claim(plan).line(rac0Crown(1, 50000)).adjudicateLine(1);

        assertThat(line.consumption().orElseThrow().basket()).isEqualTo(Basket.RAC0);
    }
}
