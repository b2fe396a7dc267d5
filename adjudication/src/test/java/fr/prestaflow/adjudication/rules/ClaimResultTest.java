package fr.prestaflow.adjudication.rules;

import static fr.prestaflow.adjudication.rules.Fixtures.DAY;
import static fr.prestaflow.adjudication.rules.Fixtures.claim;
import static fr.prestaflow.adjudication.rules.Fixtures.line;
import static fr.prestaflow.adjudication.rules.Fixtures.perUnit;
import static fr.prestaflow.adjudication.rules.Fixtures.percent;
import static fr.prestaflow.adjudication.rules.Fixtures.plan;
import static fr.prestaflow.contracts.care.CareCategory.ALTERNATIVE_MEDICINE;
import static fr.prestaflow.contracts.care.CareCategory.GP_CONSULTATION;
import static fr.prestaflow.contracts.care.CareCategory.PHARMACY_15;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.prestaflow.contracts.care.Basket;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.care.Side;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClaimResultTest {

    private final Plan plan = plan().with(GP_CONSULTATION, percent(100)).with(ALTERNATIVE_MEDICINE, perUnit(3000, 4))
            .build();

    private static Fixtures.LineBuilder gp(int n) {
        return line(n, GP_CONSULTATION).act("G" + n).base(3000, 70).amo(1900, 200, 0);
    }

    private static Fixtures.LineBuilder osteo(int n) {
        return line(n, ALTERNATIVE_MEDICINE).act("OSTEO" + n).practitioner("751234567").billed(6000).amo(0, 0, 0);
    }

    @Test
    void sums_every_line_into_the_totals_rejected_lines_included() {
        ClaimResult result = claim(plan).line(gp(1)).line(line(2, PHARMACY_15).base(1200, 15).amo(80, 0, 100))
                .adjudicate();

        assertThat(result.totals()).isEqualTo(new Totals(4200, 1980, 900, 1320));
    }

    @Test
    void is_adjudicated_when_a_line_pays_something() {
        ClaimResult result = claim(plan).line(gp(1)).line(line(2, PHARMACY_15).base(1200, 15).amo(80, 0, 100))
                .adjudicate();

        assertThat(result.outcome()).isEqualTo(ClaimOutcome.ADJUDICATED);
        assertThat(result.rejectionCodes()).containsExactly(RejectionCode.NOT_COVERED_BY_PLAN);
    }

    @Test
    void is_rejected_when_every_line_is_rejected_or_pays_nothing() {
        ClaimResult result = claim(plan)
                .line(line(1, PHARMACY_15).base(1200, 15).amo(80, 0, 100))
                .line(gp(2).billed(1900).base(1900, 100).amo(1900, 0, 0)).adjudicate();

        assertThat(result.outcome()).isEqualTo(ClaimOutcome.REJECTED);
    }

    @Test
    void exposes_what_each_accepted_line_consumed() {
        ClaimResult result = claim(plan).upload().line(osteo(1).quantity(2)).line(osteo(2).practitioner(""))
                .adjudicate();

        assertThat(result.consumptionToPersist()).containsExactly(new Consumption(1, ALTERNATIVE_MEDICINE, DAY,
                Side.BOTH, Basket.FREE, 2, 6000));
        assertThat(result.consumptionToPersist().getFirst().toHistoryLine())
                .isEqualTo(new HistoryLine(ALTERNATIVE_MEDICINE, DAY, 6000, Side.BOTH, 2, Basket.FREE));
    }

    @Test
    void consumes_within_a_quote_but_persists_nothing() {
        ClaimResult result = claim(plan).quote()
                .history(new HistoryLine(ALTERNATIVE_MEDICINE, DAY.minusMonths(1), 9000, null, 3, null))
                .line(osteo(1).quote()).line(osteo(2).quote()).adjudicate();

        assertThat(result.line(1).orElseThrow().complementaryPaidCents()).isEqualTo(3000);
        assertThat(result.line(2).orElseThrow().rejectionCode()).contains(RejectionCode.CEILING_REACHED);
        assertThat(result.consumption()).hasSize(1);
        assertThat(result.consumptionToPersist()).isEmpty();
    }

    @Test
    void processes_lines_in_line_number_order_whatever_order_they_come_in() {
        var input = claim(plan).line(gp(2)).line(gp(1)).input();

        ClaimResult result = new AdjudicationEngine().adjudicate(input);

        assertThat(result.lines()).extracting(LineResult::lineNumber).containsExactly(1, 2);
    }

    @Test
    void gives_the_same_result_for_the_same_input() {
        var input = claim(plan).line(gp(1)).line(osteo(2)).input();
        var engine = new AdjudicationEngine();

        assertThat(engine.adjudicate(input)).isEqualTo(engine.adjudicate(input));
    }

    @Test
    void keeps_amo_complementary_and_patient_share_adding_up_to_the_bill() {
        ClaimResult result = claim(plan).line(gp(1)).line(gp(2).billed(5000)).line(osteo(3)).adjudicate();

        assertThat(result.lines()).allSatisfy(line -> assertThat(
                line.amoPaidCents() + line.complementaryPaidCents() + line.patientShareCents())
                .isEqualTo(line.billedCents()));
    }

    @Test
    void applies_the_plan_version_in_force_on_each_care_date() {
        Plan v1 = plan().with(GP_CONSULTATION, percent(100)).build();
        Map<CareCategory, Guarantee> coverage = new EnumMap<>(v1.coverage());
        coverage.put(GP_CONSULTATION, percent(150));
        Plan v2 = new Plan(v1.id(), v1.name(), 2, LocalDate.of(2025, 1, 1), true, coverage);
        var input = new ClaimInput(new PlanVersions(List.of(v2, v1)), ContractDates.from(LocalDate.of(2020, 1, 1)),
                Beneficiary.bornOn(Fixtures.ADULT_BIRTH), List.of(), Channel.NOEMIE, false,
                List.of(gp(1).on(LocalDate.of(2024, 12, 31)).billed(5000).build(),
                        gp(2).on(LocalDate.of(2025, 1, 1)).billed(5000).build()));

        ClaimResult result = new AdjudicationEngine().adjudicate(input);

        assertThat(result.lines()).extracting(LineResult::complementaryPaidCents).containsExactly(900L, 2400L);
    }

    @Test
    void refuses_a_reported_claim_line_without_amo_amount() {
        assertThatThrownBy(() -> claim(plan).line(gp(1).quote()).input())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amoPaidCents");
    }

    @Test
    void refuses_two_lines_with_the_same_number() {
        assertThatThrownBy(() -> claim(plan).line(gp(1)).line(gp(1)).input())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line number 1");
    }
}
