package fr.prestaflow.notification.wording;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReasonTextsTest {

    /** REIMBURSEMENT_RULES.md §21. */
    @ParameterizedTest
    @ValueSource(strings = {"AMO_REPORTED", "AMO_COMPUTED", "FORFAIT_24_APPLIED", "EXEMPT_MINOR", "EXEMPT_MATERNITY",
            "EXEMPT_CSS", "PARTICIPATION_DAILY_CAP", "PARTICIPATION_YEARLY_CAP", "FRANCHISE_DAILY_CAP",
            "FRANCHISE_YEARLY_CAP", "PARTICIPATION_NOT_COVERED", "FRANCHISE_NOT_COVERED", "PARCOURS_MAJORATION_NOT_COVERED",
            "RENEWAL_SHORTENED_UNDER_16", "RENEWAL_SHORTENED_VISION_CHANGE", "RAC0_FULL_COVERAGE", "RAC0_PRICE_CAP_EXCEEDED",
            "GUARANTEE_PERCENT_BR_INCL_AMO", "GUARANTEE_PERCENT_BR_PLUS_FORFAIT", "GUARANTEE_FIXED_PER_YEAR",
            "GUARANTEE_FIXED_PER_UNIT", "GUARANTEE_FIXED_PER_ITEM", "GUARANTEE_FIXED_PER_LENS_BY_CLASS",
            "GUARANTEE_FIXED_PER_EAR_INCL_AMO", "GUARANTEE_FRAIS_REELS", "GUARANTEE_FIXED_PER_EVENT",
            "OVERBILLING_CAPPED_NON_OPTAM", "PARCOURS_OVERBILLING_NOT_COVERED", "UNIT_LIMIT_APPLIED", "FRAME_CAP_APPLIED",
            "HEARING_CAP_APPLIED", "DAILY_FEE_CAP_APPLIED", "CAPPED_AT_BILLED", "OPTICS_GRID_CAPPED",
            "LOYALTY_BONUS_APPLIED", "CEILING_APPLIED"})
    void every_reason_code_of_the_rules_has_a_french_text(String code) {
        assertThat(ReasonTexts.isKnown(code)).isTrue();
        assertThat(ReasonTexts.explain(code).text()).isNotBlank().doesNotContain(code).endsWith(".");
    }

    /** REIMBURSEMENT_RULES.md §22, intake and review codes, ISO 20022 bank codes, adjudication's pipeline codes. */
    @ParameterizedTest
    @ValueSource(strings = {"DUPLICATE_LINE", "CARE_BEFORE_COVERAGE", "CARE_AFTER_TERMINATION", "NOT_COVERED_BY_PLAN",
            "AMO_NOT_COVERED", "PRACTITIONER_ID_MISSING", "CHILD_AGE_LIMIT_EXCEEDED", "ALLOWANCE_ALREADY_PAID",
            "RENEWAL_PERIOD_NOT_ELAPSED", "CEILING_REACHED", "UNKNOWN_CONTRACT", "UNKNOWN_BENEFICIARY", "ILLEGIBLE",
            "NOT_A_CARE_INVOICE", "DUPLICATE", "OUTSIDE_COVERAGE", "MISSING_PRESCRIPTION", "INCOMPLETE", "OTHER", "AC01", "AC04",
            "AC06", "MD07", "DUPLICATE_CLAIM_LINE", "NOTHING_PAYABLE", "REVERSAL_UNMATCHED"})
    void every_rejection_code_says_what_the_member_can_do(String code) {
        Explanation explanation = ReasonTexts.explain(code);

        assertThat(ReasonTexts.isKnown(code)).isTrue();
        assertThat(explanation.text()).isNotBlank().doesNotContain(code);
        assertThat(explanation.whatToDo()).hasValueSatisfying(todo -> assertThat(todo).isNotBlank().endsWith("."));
    }

    @Test
    void a_code_we_do_not_know_yet_still_gets_a_sentence_and_a_way_out() {
        Explanation explanation = ReasonTexts.explain("SOMETHING_NEW");

        assertThat(explanation.text()).contains("SOMETHING_NEW");
        assertThat(explanation.whatToDo()).isPresent();
    }

    @Test
    void an_unknown_bank_code_asks_for_a_new_iban() {
        assertThat(ReasonTexts.paymentFailure("AM05").whatToDo()).hasValueSatisfying(todo -> assertThat(todo).contains("IBAN"));
    }
}
