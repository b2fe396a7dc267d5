package fr.prestaflow.adjudication.rules;

import static fr.prestaflow.adjudication.rules.Fixtures.DAY;
import static fr.prestaflow.adjudication.rules.Fixtures.claim;
import static fr.prestaflow.adjudication.rules.Fixtures.line;
import static fr.prestaflow.adjudication.rules.Fixtures.perUnit;
import static fr.prestaflow.adjudication.rules.Fixtures.percent;
import static fr.prestaflow.adjudication.rules.Fixtures.plan;
import static fr.prestaflow.adjudication.rules.Reason.AMO_REPORTED;
import static fr.prestaflow.adjudication.rules.Reason.DAILY_FEE_CAP_APPLIED;
import static fr.prestaflow.adjudication.rules.Reason.FRAME_CAP_APPLIED;
import static fr.prestaflow.adjudication.rules.Reason.GUARANTEE_FIXED_PER_EAR_INCL_AMO;
import static fr.prestaflow.adjudication.rules.Reason.GUARANTEE_FIXED_PER_EVENT;
import static fr.prestaflow.adjudication.rules.Reason.GUARANTEE_FIXED_PER_ITEM;
import static fr.prestaflow.adjudication.rules.Reason.GUARANTEE_FIXED_PER_LENS_BY_CLASS;
import static fr.prestaflow.adjudication.rules.Reason.GUARANTEE_FIXED_PER_UNIT;
import static fr.prestaflow.adjudication.rules.Reason.GUARANTEE_FIXED_PER_YEAR;
import static fr.prestaflow.adjudication.rules.Reason.GUARANTEE_FRAIS_REELS;
import static fr.prestaflow.adjudication.rules.Reason.GUARANTEE_PERCENT_BR_INCL_AMO;
import static fr.prestaflow.adjudication.rules.Reason.GUARANTEE_PERCENT_BR_PLUS_FORFAIT;
import static fr.prestaflow.adjudication.rules.Reason.UNIT_LIMIT_APPLIED;
import static fr.prestaflow.adjudication.rules.RejectionCode.CEILING_REACHED;
import static fr.prestaflow.contracts.care.CareCategory.BIRTH_ALLOWANCE;
import static fr.prestaflow.contracts.care.CareCategory.CONTACT_LENSES;
import static fr.prestaflow.contracts.care.CareCategory.DENTAL_CARE;
import static fr.prestaflow.contracts.care.CareCategory.DENTAL_PROSTHESIS;
import static fr.prestaflow.contracts.care.CareCategory.HEARING_AID;
import static fr.prestaflow.contracts.care.CareCategory.HOSPITAL_DAILY_FEE;
import static fr.prestaflow.contracts.care.CareCategory.HOSPITAL_PRIVATE_ROOM;
import static fr.prestaflow.contracts.care.CareCategory.OPTICS_FRAME;
import static fr.prestaflow.contracts.care.CareCategory.OPTICS_LENS;
import static fr.prestaflow.contracts.care.CareCategory.TRANSPORT;
import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.care.Basket;
import fr.prestaflow.contracts.care.Side;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GuaranteeTypesTest {

    private final Plan plan = plan()
            .with(DENTAL_CARE, percent(125))
            .with(DENTAL_PROSTHESIS, new Guarantee.PercentOfBasePlusForfait(200, 5000, GuaranteeTerms.NONE))
            .with(CONTACT_LENSES, new Guarantee.FixedPerYear(15000, GuaranteeTerms.NONE))
            .with(HOSPITAL_PRIVATE_ROOM, perUnit(5000, 30))
            .with(OPTICS_FRAME, new Guarantee.FixedPerItem(8000, GuaranteeTerms.NONE))
            .with(OPTICS_LENS, new Guarantee.FixedPerLensByClass(java.util.Map.of(LensClass.SIMPLE, 10000L,
                    LensClass.COMPLEX, 20000L, LensClass.VERY_COMPLEX, 25000L), GuaranteeTerms.NONE))
            .with(HEARING_AID, new Guarantee.FixedPerEarInclAmo(100000, GuaranteeTerms.NONE))
            .with(HOSPITAL_DAILY_FEE, new Guarantee.FraisReels(GuaranteeTerms.NONE))
            .with(TRANSPORT, new Guarantee.FraisReels(GuaranteeTerms.NONE))
            .with(BIRTH_ALLOWANCE, new Guarantee.FixedPerEvent(15000, GuaranteeTerms.NONE))
            .build();

    @Test
    void pays_a_percentage_of_the_base_that_includes_the_amo_part() {
        LineResult line = claim(plan).line(line(1, DENTAL_CARE).billed(10000).base(5720, 60).amo(3432, 0, 0))
                .adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(7150 - 3432);
        assertThat(line.patientShareCents()).isEqualTo(10000 - 3432 - 3718);
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, GUARANTEE_PERCENT_BR_INCL_AMO);
    }

    @Test
    void adds_a_forfait_per_unit_to_the_percentage_of_the_base() {
        LineResult line = claim(plan).line(line(1, DENTAL_PROSTHESIS).quantity(2).billed(160000).base(21500, 60)
                .amo(12900, 0, 0)).adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(43000 - 12900 + 2 * 5000);
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, GUARANTEE_PERCENT_BR_PLUS_FORFAIT);
    }

    @Test
    void pays_the_forfait_even_when_the_amo_already_covers_the_percentage() {
        Plan ortho = plan().with(DENTAL_PROSTHESIS, new Guarantee.PercentOfBasePlusForfait(100, 5000,
                GuaranteeTerms.NONE)).build();

        LineResult line = claim(ortho).line(line(1, DENTAL_PROSTHESIS).billed(30000).base(10000, 100)
                .amo(10000, 0, 0)).adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(5000);
    }

    @Test
    void pays_a_yearly_forfait() {
        LineResult line = claim(plan).upload().line(line(1, CONTACT_LENSES).billed(20000).amo(0, 0, 0))
                .adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(15000);
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, GUARANTEE_FIXED_PER_YEAR);
    }

    @Test
    void pays_a_forfait_per_unit() {
        LineResult line = claim(plan).line(line(1, HOSPITAL_PRIVATE_ROOM).quantity(3).billed(24000).amo(0, 0, 0))
                .adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(15000);
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, GUARANTEE_FIXED_PER_UNIT);
        assertThat(line.consumption().orElseThrow().units()).isEqualTo(3);
    }

    @Test
    void grants_only_the_units_left_in_the_year() {
        LineResult line = claim(plan)
                .history(new HistoryLine(HOSPITAL_PRIVATE_ROOM, DAY.minusMonths(2), 140000, Side.BOTH, 28,
                        Basket.FREE))
                .line(line(1, HOSPITAL_PRIVATE_ROOM).quantity(3).billed(24000).amo(0, 0, 0)).adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(10000);
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, GUARANTEE_FIXED_PER_UNIT, UNIT_LIMIT_APPLIED);
        assertThat(line.consumption().orElseThrow().units()).isEqualTo(2);
    }

    @Test
    void rejects_a_unit_line_once_the_yearly_units_are_used_up() {
        ClaimResult result = claim(plan)
                .history(new HistoryLine(HOSPITAL_PRIVATE_ROOM, DAY.minusMonths(2), 140000, Side.BOTH, 28,
                        Basket.FREE))
                .line(line(1, HOSPITAL_PRIVATE_ROOM).act("A").quantity(3).billed(24000).amo(0, 0, 0))
                .line(line(2, HOSPITAL_PRIVATE_ROOM).act("B").quantity(1).billed(8000).amo(0, 0, 0))
                .adjudicate();

        assertThat(result.line(2).orElseThrow().rejectionCode()).contains(CEILING_REACHED);
        assertThat(result.line(2).orElseThrow().reasons()).containsExactly(AMO_REPORTED);
    }

    @Test
    void counts_units_per_calendar_year() {
        LineResult line = claim(plan)
                .history(new HistoryLine(HOSPITAL_PRIVATE_ROOM, DAY.minusYears(1), 150000, Side.BOTH, 30,
                        Basket.FREE))
                .line(line(1, HOSPITAL_PRIVATE_ROOM).quantity(3).billed(24000).amo(0, 0, 0)).adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(15000);
    }

    @Test
    void pays_a_forfait_per_item() {
        LineResult line = claim(plan).line(line(1, OPTICS_FRAME).billed(15000).base(5, 60).amo(3, 0, 0))
                .adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(8000);
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, GUARANTEE_FIXED_PER_ITEM);
    }

    @Test
    void limits_a_frame_to_100_euros() {
        Plan generous = plan().with(OPTICS_FRAME, new Guarantee.FixedPerItem(15000, GuaranteeTerms.NONE)).build();

        LineResult line = claim(generous).line(line(1, OPTICS_FRAME).billed(20000).base(5, 60).amo(3, 0, 0))
                .adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(10000);
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, GUARANTEE_FIXED_PER_ITEM, FRAME_CAP_APPLIED);
    }

    @Test
    void pays_lenses_by_class_and_counts_two_lenses_for_both_eyes() {
        ClaimResult result = claim(plan)
                .line(line(1, OPTICS_LENS).act("LENS-COMPLEX").billed(60000).base(10, 60).amo(6, 0, 0)
                        .side(Side.BOTH))
                .adjudicate();
        LineResult oneEye = claim(plan)
                .line(line(1, OPTICS_LENS).act("LENS-VERY-COMPLEX").billed(60000).base(5, 60).amo(3, 0, 0)
                        .side(Side.LEFT))
                .adjudicateLine(1);

        assertThat(result.line(1).orElseThrow().complementaryPaidCents()).isEqualTo(40000);
        assertThat(result.line(1).orElseThrow().reasons()).containsExactly(AMO_REPORTED,
                GUARANTEE_FIXED_PER_LENS_BY_CLASS);
        assertThat(oneEye.complementaryPaidCents()).isEqualTo(25000);
    }

    @Test
    void reads_an_unknown_lens_code_as_simple() {
        LineResult line = claim(plan)
                .line(line(1, OPTICS_LENS).act("2203240").billed(60000).base(10, 60).amo(6, 0, 0).side(Side.BOTH))
                .adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(20000);
    }

    @Test
    void pays_a_hearing_aid_amount_that_includes_the_amo() {
        LineResult oneEar = claim(plan).line(line(1, HEARING_AID).billed(180000).base(40000, 60).amo(24000, 0, 0)
                .side(Side.RIGHT)).adjudicateLine(1);
        LineResult bothEars = claim(plan).line(line(1, HEARING_AID).billed(360000).base(80000, 60)
                .amo(48000, 0, 0).side(Side.BOTH)).adjudicateLine(1);

        assertThat(oneEar.complementaryPaidCents()).isEqualTo(76000);
        assertThat(oneEar.patientShareCents()).isEqualTo(80000);
        assertThat(oneEar.reasons()).containsExactly(AMO_REPORTED, GUARANTEE_FIXED_PER_EAR_INCL_AMO);
        assertThat(bothEars.complementaryPaidCents()).isEqualTo(200000 - 48000);
    }

    @Test
    void pays_actual_costs_less_the_amo() {
        LineResult line = claim(plan).line(line(1, TRANSPORT).quantity(2).billed(9000).base(8000, 55)
                .amo(3600, 0, 800)).adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(9000 - 4400);
        assertThat(line.patientShareCents()).isEqualTo(800);
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, Reason.FRANCHISE_NOT_COVERED,
                GUARANTEE_FRAIS_REELS);
    }

    @Test
    void limits_the_daily_hospital_fee_to_20_euros_a_day() {
        LineResult atRate = claim(plan).line(line(1, HOSPITAL_DAILY_FEE).quantity(3).billed(6000).amo(0, 0, 0))
                .adjudicateLine(1);
        LineResult above = claim(plan).line(line(1, HOSPITAL_DAILY_FEE).quantity(3).billed(7500).amo(0, 0, 0))
                .adjudicateLine(1);

        assertThat(atRate.complementaryPaidCents()).isEqualTo(6000);
        assertThat(atRate.reasons()).containsExactly(AMO_REPORTED, GUARANTEE_FRAIS_REELS);
        assertThat(above.complementaryPaidCents()).isEqualTo(6000);
        assertThat(above.patientShareCents()).isEqualTo(1500);
        assertThat(above.reasons()).containsExactly(AMO_REPORTED, GUARANTEE_FRAIS_REELS, DAILY_FEE_CAP_APPLIED);
    }

    @Test
    void pays_a_lump_sum_per_event() {
        LineResult line = claim(plan).upload().bornOn(DAY)
                .line(line(1, BIRTH_ALLOWANCE).billed(15000).amo(0, 0, 0)).adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(15000);
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, GUARANTEE_FIXED_PER_EVENT);
    }
}
