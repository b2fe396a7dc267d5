package fr.prestaflow.adjudication.rules;

import static fr.prestaflow.adjudication.rules.Fixtures.claim;
import static fr.prestaflow.adjudication.rules.Fixtures.line;
import static fr.prestaflow.adjudication.rules.Fixtures.plan;
import static fr.prestaflow.adjudication.rules.Reason.AMO_REPORTED;
import static fr.prestaflow.adjudication.rules.Reason.GUARANTEE_FIXED_PER_EAR_INCL_AMO;
import static fr.prestaflow.adjudication.rules.Reason.HEARING_CAP_APPLIED;
import static fr.prestaflow.contracts.care.CareCategory.HEARING_AID;
import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.care.Side;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HearingAidCapTest {

    private static LineResult ear(long planAmount, Side side, long billed, long base, long amo) {
        Plan plan = plan().with(HEARING_AID, new Guarantee.FixedPerEarInclAmo(planAmount,
                GuaranteeTerms.yearlyCeiling(1000))).build();
        return claim(plan).line(line(1, HEARING_AID).billed(billed).base(base, 60).amo(amo, 0, 0).side(side))
                .adjudicateLine(1);
    }

    @Test
    void caps_amo_and_complementary_at_1700_euros_per_ear() {
        LineResult line = ear(200000, Side.RIGHT, 250000, 40000, 24000);

        assertThat(line.complementaryPaidCents()).isEqualTo(170000 - 24000);
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, GUARANTEE_FIXED_PER_EAR_INCL_AMO,
                HEARING_CAP_APPLIED);
    }

    @Test
    void doubles_the_cap_for_both_ears() {
        LineResult line = ear(200000, Side.BOTH, 500000, 80000, 48000);

        assertThat(line.complementaryPaidCents()).isEqualTo(340000 - 48000);
    }

    @Test
    void says_nothing_when_the_plan_amount_is_within_the_cap_and_ignores_a_yearly_ceiling() {
        LineResult line = ear(170000, Side.LEFT, 250000, 40000, 24000);

        assertThat(line.complementaryPaidCents()).isEqualTo(146000);
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, GUARANTEE_FIXED_PER_EAR_INCL_AMO);
    }
}
