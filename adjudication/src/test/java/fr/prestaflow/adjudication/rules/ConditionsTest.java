package fr.prestaflow.adjudication.rules;

import static fr.prestaflow.adjudication.rules.Fixtures.claim;
import static fr.prestaflow.adjudication.rules.Fixtures.line;
import static fr.prestaflow.adjudication.rules.Fixtures.perUnit;
import static fr.prestaflow.adjudication.rules.Fixtures.plan;
import static fr.prestaflow.adjudication.rules.RejectionCode.AMO_NOT_COVERED;
import static fr.prestaflow.adjudication.rules.RejectionCode.PRACTITIONER_ID_MISSING;
import static fr.prestaflow.contracts.care.CareCategory.ALTERNATIVE_MEDICINE;
import static fr.prestaflow.contracts.care.CareCategory.CONTACT_LENSES;
import static fr.prestaflow.contracts.care.CareCategory.HEARING_AID;
import static fr.prestaflow.contracts.care.CareCategory.OPTICS_FRAME;
import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.care.Basket;
import fr.prestaflow.contracts.care.Side;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConditionsTest {

    private final Plan plan = plan()
            .with(OPTICS_FRAME, new Guarantee.FixedPerItem(8000, GuaranteeTerms.NONE))
            .with(HEARING_AID, new Guarantee.FixedPerEarInclAmo(100000, GuaranteeTerms.NONE))
            .with(CONTACT_LENSES, new Guarantee.FixedPerYear(15000, GuaranteeTerms.NONE))
            .with(ALTERNATIVE_MEDICINE, perUnit(3000, 4))
            .build();

    @Test
    void rejects_a_frame_the_amo_does_not_cover() {
        ClaimResult result = claim(plan)
                .line(line(1, OPTICS_FRAME).act("A").billed(15000).base(0, 60).amo(0, 0, 0))
                .line(line(2, OPTICS_FRAME).act("B").billed(15000).base(5, 0).amo(0, 0, 0))
                .adjudicate();

        assertThat(result.rejectionCodes()).containsExactly(AMO_NOT_COVERED);
        assertThat(result.lines()).allSatisfy(line -> assertThat(line.rejected()).isTrue());
    }

    @Test
    void rejects_a_100_percent_sante_device_the_amo_does_not_cover() {
        LineResult line = claim(plan).line(line(1, HEARING_AID).billed(95000).base(0, 60).amo(0, 0, 0)
                .basket(Basket.RAC0).side(Side.LEFT)).adjudicateLine(1);

        assertThat(line.rejectionCode()).contains(AMO_NOT_COVERED);
    }

    @Test
    void pays_contact_lenses_without_amo_cover() {
        LineResult line = claim(plan).line(line(1, CONTACT_LENSES).billed(12000).amo(0, 0, 0)).adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(12000);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "12345678", "1234567890", "123456789012", "75123456A", " 751234567"})
    void rejects_alternative_medicine_without_an_adeli_or_rpps_number(String practitionerId) {
        LineResult line = claim(plan).line(line(1, ALTERNATIVE_MEDICINE).practitioner(practitionerId).billed(6000)
                .amo(0, 0, 0)).adjudicateLine(1);

        assertThat(line.rejectionCode()).contains(PRACTITIONER_ID_MISSING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"751234567", "10003456789"})
    void pays_alternative_medicine_with_a_9_digit_adeli_or_11_digit_rpps_number(String practitionerId) {
        LineResult line = claim(plan).line(line(1, ALTERNATIVE_MEDICINE).practitioner(practitionerId).billed(6000)
                .amo(0, 0, 0)).adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isEqualTo(3000);
    }
}
