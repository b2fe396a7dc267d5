package fr.prestaflow.adjudication.rules;

import static fr.prestaflow.adjudication.rules.Fixtures.claim;
import static fr.prestaflow.adjudication.rules.Fixtures.line;
import static fr.prestaflow.adjudication.rules.Fixtures.percent;
import static fr.prestaflow.adjudication.rules.Fixtures.plan;
import static fr.prestaflow.adjudication.rules.Reason.AMO_REPORTED;
import static fr.prestaflow.adjudication.rules.Reason.CAPPED_AT_BILLED;
import static fr.prestaflow.adjudication.rules.Reason.GUARANTEE_PERCENT_BR_INCL_AMO;
import static fr.prestaflow.adjudication.rules.Reason.PARTICIPATION_NOT_COVERED;
import static fr.prestaflow.contracts.care.CareCategory.DENTAL_CARE;
import static fr.prestaflow.contracts.care.CareCategory.GP_CONSULTATION;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GlobalCapTest {

    private final Plan plan = plan().with(DENTAL_CARE, percent(200)).with(GP_CONSULTATION, percent(150)).build();

    @Test
    void never_lets_amo_and_complementary_exceed_what_was_billed() {
        LineResult line = claim(plan).line(line(1, DENTAL_CARE).base(5720, 60).amo(3432, 0, 0)).adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(2288);
        assertThat(line.patientShareCents()).isZero();
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, GUARANTEE_PERCENT_BR_INCL_AMO, CAPPED_AT_BILLED);
    }

    @Test
    void keeps_the_participation_with_the_patient() {
        LineResult line = claim(plan).line(line(1, GP_CONSULTATION).base(3000, 70).amo(1900, 200, 0))
                .adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(900);
        assertThat(line.patientShareCents()).isEqualTo(200);
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, PARTICIPATION_NOT_COVERED,
                GUARANTEE_PERCENT_BR_INCL_AMO, CAPPED_AT_BILLED);
    }

    @Test
    void pays_nothing_but_accepts_the_line_when_the_amo_already_covers_the_bill() {
        LineResult line = claim(plan).line(line(1, DENTAL_CARE).billed(3000).base(5000, 60).amo(3000, 0, 0))
                .adjudicateLine(1);

        assertThat(line.rejected()).isFalse();
        assertThat(line.complementaryPaidCents()).isZero();
        assertThat(line.reasons()).contains(CAPPED_AT_BILLED);
    }
}
