package fr.prestaflow.adjudication.rules;

import static fr.prestaflow.adjudication.rules.Fixtures.DAY;
import static fr.prestaflow.adjudication.rules.Fixtures.claim;
import static fr.prestaflow.adjudication.rules.Fixtures.line;
import static fr.prestaflow.adjudication.rules.Fixtures.percent;
import static fr.prestaflow.adjudication.rules.Fixtures.plan;
import static fr.prestaflow.adjudication.rules.Reason.AMO_REPORTED;
import static fr.prestaflow.adjudication.rules.Reason.CAPPED_AT_BILLED;
import static fr.prestaflow.adjudication.rules.Reason.GUARANTEE_PERCENT_BR_INCL_AMO;
import static fr.prestaflow.adjudication.rules.Reason.LOYALTY_BONUS_APPLIED;
import static fr.prestaflow.adjudication.rules.Reason.RAC0_FULL_COVERAGE;
import static fr.prestaflow.adjudication.rules.RejectionCode.CEILING_REACHED;
import static fr.prestaflow.contracts.care.CareCategory.DENTAL_PROSTHESIS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.care.Basket;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LoyaltyBonusTest {

    private final Plan plan = plan().with(DENTAL_PROSTHESIS, percent(350,
            GuaranteeTerms.yearlyCeiling(200000).withLoyaltyBonus(new LoyaltyBonus(2)))).build();

    private static final HistoryLine CEILING_USED = HistoryLine.of(DENTAL_PROSTHESIS, LocalDate.of(2025, 2, 11),
            200000);

    private static Fixtures.LineBuilder crown(LocalDate date) {
        return line(1, DENTAL_PROSTHESIS).on(date).billed(90000).base(10750, 60).amo(6450, 0, 0)
                .basket(Basket.FREE);
    }

    private LineResult crownFor(ContractDates contract, LocalDate date) {
        return claim(plan).contract(contract).history(CEILING_USED).line(crown(date)).adjudicateLine(1);
    }

    @Test
    void lifts_the_yearly_ceiling_from_the_anniversary_day() {
        LineResult line = crownFor(ContractDates.from(LocalDate.of(2020, 1, 1)).memberSince(DAY.minusYears(2)), DAY);

        assertThat(line.complementaryPaidCents()).isEqualTo(37625 - 6450);
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, GUARANTEE_PERCENT_BR_INCL_AMO,
                LOYALTY_BONUS_APPLIED);
    }

    @Test
    void keeps_the_ceiling_the_day_before_the_anniversary() {
        LineResult line = crownFor(ContractDates.from(LocalDate.of(2020, 1, 1))
                .memberSince(DAY.minusYears(2).plusDays(1)), DAY);

        assertThat(line.rejectionCode()).contains(CEILING_REACHED);
    }

    @Test
    void counts_membership_from_the_contract_start_by_default() {
        LineResult line = crownFor(ContractDates.from(DAY.minusYears(2)), DAY);

        assertThat(line.reasons()).contains(LOYALTY_BONUS_APPLIED);
    }

    @Test
    void puts_the_anniversary_of_a_29_february_start_on_28_february() {
        var contract = ContractDates.from(LocalDate.of(2024, 2, 29));

        assertThat(crownFor(contract, LocalDate.of(2026, 2, 28)).reasons()).contains(LOYALTY_BONUS_APPLIED);
        assertThat(claim(plan).contract(contract)
                .history(HistoryLine.of(DENTAL_PROSTHESIS, LocalDate.of(2026, 1, 5), 200000))
                .line(crown(LocalDate.of(2026, 2, 27))).adjudicateLine(1).rejectionCode())
                .contains(CEILING_REACHED);
    }

    @Test
    void is_mentioned_even_when_the_ceiling_would_not_have_reduced_anything() {
        LineResult line = claim(plan).contract(ContractDates.from(LocalDate.of(2020, 1, 1)))
                .line(crown(DAY).billed(6450)).adjudicateLine(1);

        assertThat(line.complementaryPaidCents()).isZero();
        assertThat(line.reasons()).containsExactly(AMO_REPORTED, GUARANTEE_PERCENT_BR_INCL_AMO, CAPPED_AT_BILLED,
                LOYALTY_BONUS_APPLIED);
    }

    @Test
    void is_never_mentioned_on_a_100_percent_sante_line() {
        LineResult line = claim(plan).contract(ContractDates.from(LocalDate.of(2020, 1, 1)))
                .line(crown(DAY).billed(50000).basket(Basket.RAC0)).adjudicateLine(1);

        assertThat(line.reasons()).containsExactly(AMO_REPORTED, RAC0_FULL_COVERAGE);
    }

    @Test
    void is_never_mentioned_on_a_guarantee_without_ceiling() {
        Plan noCeiling = plan().with(DENTAL_PROSTHESIS, percent(350,
                GuaranteeTerms.NONE.withLoyaltyBonus(new LoyaltyBonus(2)))).build();

        LineResult line = claim(noCeiling).contract(ContractDates.from(LocalDate.of(2020, 1, 1)))
                .line(crown(DAY)).adjudicateLine(1);

        assertThat(line.reasons()).containsExactly(AMO_REPORTED, GUARANTEE_PERCENT_BR_INCL_AMO);
    }
}
