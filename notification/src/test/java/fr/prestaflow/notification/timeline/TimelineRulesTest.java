package fr.prestaflow.notification.timeline;

import static fr.prestaflow.notification.timeline.ClaimStatus.ADJUDICATED;
import static fr.prestaflow.notification.timeline.ClaimStatus.ANALYSED;
import static fr.prestaflow.notification.timeline.ClaimStatus.IN_REVIEW;
import static fr.prestaflow.notification.timeline.ClaimStatus.PAYMENT_FAILED;
import static fr.prestaflow.notification.timeline.ClaimStatus.RECEIVED;
import static fr.prestaflow.notification.timeline.ClaimStatus.REIMBURSED;
import static fr.prestaflow.notification.timeline.ClaimStatus.REJECTED;
import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.notification.timeline.TimelineRules.Decision;
import java.time.Instant;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TimelineRulesTest {

    private static final Instant T = Instant.parse("2026-03-10T10:00:00Z");
    private static final Instant BEFORE = T.minusSeconds(3600);
    private static final Instant AFTER = T.plusSeconds(3600);

    @Test
    void the_first_event_of_a_claim_sets_its_status() {
        assertThat(TimelineRules.decide(null, null, false, ADJUDICATED, T, false)).isEqualTo(Decision.MOVE);
    }

    @Test
    void a_higher_step_moves_the_claim_forward() {
        assertThat(TimelineRules.decide(RECEIVED, T, false, ANALYSED, AFTER, false)).isEqualTo(Decision.MOVE);
    }

    @Test
    void a_step_already_in_the_history_is_not_added_again() {
        assertThat(TimelineRules.decide(ANALYSED, T, true, RECEIVED, BEFORE, false)).isEqualTo(Decision.IGNORE);
        assertThat(TimelineRules.decide(ANALYSED, T, true, ANALYSED, T, false)).isEqualTo(Decision.IGNORE);
    }

    @Test
    void a_lower_step_that_happened_earlier_joins_the_history_without_moving_the_status_back() {
        assertThat(TimelineRules.decide(REIMBURSED, T, false, ADJUDICATED, BEFORE, false)).isEqualTo(Decision.HISTORY_ONLY);
    }

    @Test
    void a_lower_step_that_happened_later_is_ignored() {
        assertThat(TimelineRules.decide(REIMBURSED, T, false, PAYMENT_FAILED, AFTER, false)).isEqualTo(Decision.IGNORE);
    }

    @Test
    void a_reimbursement_after_a_failed_transfer_completes_the_claim() {
        assertThat(TimelineRules.decide(PAYMENT_FAILED, T, false, REIMBURSED, AFTER, false)).isEqualTo(Decision.MOVE);
    }

    @Test
    void a_rejection_ends_a_claim_that_was_not_paid() {
        assertThat(TimelineRules.decide(IN_REVIEW, T, false, REJECTED, AFTER, false)).isEqualTo(Decision.MOVE);
        assertThat(TimelineRules.decide(ADJUDICATED, T, false, REJECTED, AFTER, false)).isEqualTo(Decision.MOVE);
    }

    @Test
    void a_paid_claim_is_never_shown_as_rejected() {
        assertThat(TimelineRules.decide(REIMBURSED, T, false, REJECTED, AFTER, false)).isEqualTo(Decision.IGNORE);
    }

    @Test
    void a_rejection_older_than_the_current_step_was_superseded_and_joins_the_history_only() {
        assertThat(TimelineRules.decide(ANALYSED, T, false, REJECTED, BEFORE, false)).isEqualTo(Decision.HISTORY_ONLY);
    }

    @Test
    void a_rejected_claim_stays_rejected_for_later_steps_that_are_no_correction() {
        assertThat(TimelineRules.decide(REJECTED, T, false, ANALYSED, AFTER, false)).isEqualTo(Decision.IGNORE);
        assertThat(TimelineRules.decide(REJECTED, T, false, IN_REVIEW, AFTER, false)).isEqualTo(Decision.IGNORE);
        assertThat(TimelineRules.decide(REJECTED, T, true, REJECTED, AFTER, false)).isEqualTo(Decision.IGNORE);
    }

    @Test
    void a_rejected_claim_records_steps_that_happened_before_the_rejection() {
        assertThat(TimelineRules.decide(REJECTED, T, false, ANALYSED, BEFORE, false)).isEqualTo(Decision.HISTORY_ONLY);
    }

    @Test
    void a_correction_after_the_rejection_reopens_the_claim() {
        assertThat(TimelineRules.decide(REJECTED, T, true, ANALYSED, AFTER, true)).isEqualTo(Decision.REOPEN);
    }

    @Test
    void the_adjudication_of_a_correction_heard_of_before_the_correction_reopens_the_claim_too() {
        assertThat(TimelineRules.decide(REJECTED, T, false, ADJUDICATED, AFTER, false)).isEqualTo(Decision.REOPEN);
    }

    @Test
    void a_correction_older_than_the_rejection_does_not_reopen_the_claim() {
        assertThat(TimelineRules.decide(REJECTED, T, false, ANALYSED, BEFORE, true)).isEqualTo(Decision.HISTORY_ONLY);
    }
}
