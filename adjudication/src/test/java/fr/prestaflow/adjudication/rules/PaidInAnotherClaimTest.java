package fr.prestaflow.adjudication.rules;

import static fr.prestaflow.adjudication.rules.Fixtures.claim;
import static fr.prestaflow.adjudication.rules.Fixtures.line;
import static fr.prestaflow.adjudication.rules.Fixtures.percent;
import static fr.prestaflow.adjudication.rules.Fixtures.plan;
import static fr.prestaflow.contracts.care.CareCategory.CONTACT_LENSES;
import static fr.prestaflow.contracts.care.CareCategory.GP_CONSULTATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The pipeline code DUPLICATE_CLAIM_LINE: a line the service found already paid in another claim. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PaidInAnotherClaimTest {

    private final Plan plan = plan()
            .with(GP_CONSULTATION, percent(100))
            .with(CONTACT_LENSES, new Guarantee.FixedPerYear(15000, GuaranteeTerms.NONE))
            .build();

    private final Fixtures.ClaimBuilder claim = claim(plan)
            .line(line(1, CONTACT_LENSES).act("LENTILLES").billed(15000).amo(0, 0, 0))
            .line(line(2, GP_CONSULTATION).act("G").base(3000, 70).amo(1900, 200, 0))
            .line(line(3, CONTACT_LENSES).act("LENTILLES-2").billed(15000).amo(0, 0, 0));

    @Test
    void rejects_the_named_line_keeping_only_its_amo_stage() {
        LineResult line = new AdjudicationEngine().adjudicate(claim.input(), Set.of(2)).line(2).orElseThrow();

        assertThat(line.rejectionCode()).contains(RejectionCode.DUPLICATE_CLAIM_LINE);
        assertThat(line.amoPaidCents()).isEqualTo(1900);
        assertThat(line.complementaryPaidCents()).isZero();
        assertThat(line.patientShareCents()).isEqualTo(1100);
        assertThat(line.reasons()).containsExactly(Reason.AMO_REPORTED, Reason.PARTICIPATION_NOT_COVERED);
    }

    @Test
    void a_rejected_duplicate_consumes_nothing_that_a_later_line_would_miss() {
        ClaimResult result = new AdjudicationEngine().adjudicate(claim.input(), Set.of(1));

        assertThat(result.line(3).orElseThrow().complementaryPaidCents()).isEqualTo(15000);
        assertThat(result.consumption()).extracting(Consumption::lineNumber).containsExactly(2, 3);
    }

    @Test
    void without_lines_paid_elsewhere_the_result_is_the_plain_adjudication() {
        assertThat(new AdjudicationEngine().adjudicate(claim.input(), Set.of())).isEqualTo(claim.adjudicate());
    }
}
