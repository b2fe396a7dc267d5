package fr.prestaflow.notification.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.events.v1.EventHeaders;
import fr.prestaflow.contracts.events.v1.PaymentIssued;
import fr.prestaflow.contracts.money.Money;
import fr.prestaflow.notification.NotificationTest;
import fr.prestaflow.notification.wording.Explanation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** The timeline read model, fed through the real broker. */
class ClaimTimelineTest extends NotificationTest {

    @Test
    void a_claim_followed_from_upload_to_payment_shows_each_step_once_with_its_amounts() {
        Member member = newMember();
        UUID claimId = UUID.randomUUID();
        LocalDate careDate = LocalDate.parse("2026-03-10");

        publish(INTAKE, received(claimId, member, Channel.UPLOAD, ago(Duration.ofHours(30))));
        awaitStatus(claimId, ClaimStatus.RECEIVED);
        publish(INTAKE, analysed(claimId, member, Channel.UPLOAD, ago(Duration.ofHours(29)), false, gpLine(careDate)));
        awaitStatus(claimId, ClaimStatus.ANALYSED);
        publish(ADJUDICATION, adjudicated(claimId, member, Channel.UPLOAD, ago(Duration.ofHours(28)), null));
        awaitStatus(claimId, ClaimStatus.ADJUDICATED);
        publish(PAYMENT, reimbursed(claimId, ago(Duration.ofHours(2)), 900, LocalDate.parse("2026-03-16")));
        ClaimDetail claim = awaitStatus(claimId, ClaimStatus.REIMBURSED);

        assertThat(claim.history()).extracting(Step::status).containsExactly(ClaimStatus.RECEIVED, ClaimStatus.ANALYSED,
                ClaimStatus.ADJUDICATED, ClaimStatus.REIMBURSED);
        assertThat(claim.history()).extracting(Step::at).isSorted();
        assertThat(claim.statusLabel()).isEqualTo("Remboursement versé");
        assertThat(claim.contractNumber()).isEqualTo(member.contract());
        assertThat(claim.channel()).isEqualTo(Channel.UPLOAD);
        assertThat(claim.beneficiary().rank()).isEqualTo(1);
        assertThat(claim.beneficiary().maskedNir()).isEqualTo("1 85 •••••••• 87").doesNotContain("7505612");
        assertThat(claim.careTypes()).containsExactly("GP_CONSULTATION");
        assertThat(claim.amounts()).isEqualTo(new Amounts(Money.ofCents(3000), Money.ofCents(1900), Money.ofCents(900),
                Money.ofCents(200)));
        assertThat(claim.payment().amount()).isEqualTo(Money.ofCents(900));
        assertThat(claim.payment().maskedIban()).isEqualTo("FR76 •••• 0189");
        Line line = claim.lines().getFirst();
        assertThat(line.careTypeLabel()).isEqualTo("Consultation de médecin généraliste");
        assertThat(line.mutuelle()).isEqualTo(Money.ofCents(900));
        assertThat(line.patientShare()).isEqualTo(Money.ofCents(200));
        assertThat(line.explanations()).extracting(Explanation::text).contains(
                "La participation forfaitaire reste à votre charge : la loi interdit à la mutuelle de la rembourser.");
        assertThat(line.rejection()).isNull();
    }

    @Test
    void an_upload_claim_without_a_payment_date_is_expected_seven_days_after_adjudication() {
        Member member = newMember();
        UUID claimId = UUID.randomUUID();

        publish(ADJUDICATION, adjudicated(claimId, member, Channel.UPLOAD, java.time.Instant.parse("2026-03-13T22:30:00Z"), null));

        // 22:30 UTC is already the 13th at 23:30 in Paris; seven days later is the 20th
        assertThat(awaitStatus(claimId, ClaimStatus.ADJUDICATED).expectedPaymentDate()).isEqualTo(LocalDate.parse("2026-03-20"));
    }

    @Test
    void a_noemie_claim_without_a_payment_date_is_expected_two_days_after_adjudication() {
        Member member = newMember();
        UUID claimId = UUID.randomUUID();

        publish(ADJUDICATION, adjudicated(claimId, member, Channel.NOEMIE, java.time.Instant.parse("2026-03-12T10:00:00Z"), null));

        assertThat(awaitStatus(claimId, ClaimStatus.ADJUDICATED).expectedPaymentDate()).isEqualTo(LocalDate.parse("2026-03-14"));
    }

    @Test
    void the_payment_date_given_by_adjudication_wins_over_the_service_level() {
        Member member = newMember();
        UUID claimId = UUID.randomUUID();

        publish(ADJUDICATION, adjudicated(claimId, member, Channel.NOEMIE, ago(Duration.ofHours(1)), LocalDate.parse("2026-03-25")));

        assertThat(awaitStatus(claimId, ClaimStatus.ADJUDICATED).expectedPaymentDate()).isEqualTo(LocalDate.parse("2026-03-25"));
    }

    @Test
    void a_claim_analysed_after_its_review_is_no_longer_among_the_claims_in_review() {
        Member member = newMember();
        UUID claimId = UUID.randomUUID();
        publish(INTAKE, received(claimId, member, Channel.UPLOAD, ago(Duration.ofHours(5))));
        publish(INTAKE, sentToReview(claimId, ago(Duration.ofHours(4))));
        awaitStatus(claimId, ClaimStatus.IN_REVIEW);

        publish(INTAKE, analysed(claimId, member, Channel.UPLOAD, ago(Duration.ofHours(3)), false,
                gpLine(LocalDate.parse("2026-03-09"))));
        awaitStatus(claimId, ClaimStatus.ANALYSED);

        assertThat(claimsInReview()).doesNotContain(claimId);
    }

    @Test
    void a_review_heard_of_after_the_analysis_joins_the_history_without_putting_the_claim_in_review() {
        Member member = newMember();
        UUID claimId = UUID.randomUUID();
        publish(INTAKE, received(claimId, member, Channel.UPLOAD, ago(Duration.ofHours(5))));
        publish(INTAKE, analysed(claimId, member, Channel.UPLOAD, ago(Duration.ofHours(3)), false,
                gpLine(LocalDate.parse("2026-03-09"))));
        awaitStatus(claimId, ClaimStatus.ANALYSED);

        publish(INTAKE, sentToReview(claimId, ago(Duration.ofHours(4))));
        ClaimDetail claim = awaitStep(claimId, ClaimStatus.IN_REVIEW);

        assertThat(claim.status()).isEqualTo(ClaimStatus.ANALYSED);
        assertThat(claimsInReview()).doesNotContain(claimId);
    }

    @Test
    void the_same_event_delivered_twice_adds_no_second_step() {
        Member member = newMember();
        UUID claimId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        var event = received(claimId, member, Channel.NOEMIE, ago(Duration.ofHours(5)));

        publish(TELETRANSMISSION, event, eventId);
        publish(TELETRANSMISSION, event, eventId);
        publish(TELETRANSMISSION, received(claimId, member, Channel.NOEMIE, ago(Duration.ofHours(5))));
        // the same partition as the three above: once it is applied, they all were
        publish(TELETRANSMISSION, analysed(claimId, member, Channel.NOEMIE, ago(Duration.ofHours(4)), false,
                gpLine(LocalDate.parse("2026-03-09"))));
        ClaimDetail claim = awaitStatus(claimId, ClaimStatus.ANALYSED);

        assertThat(claim.history()).extracting(Step::status).containsExactly(ClaimStatus.RECEIVED, ClaimStatus.ANALYSED);
        assertThat(jdbc.sql("select count(*) from processed_message where event_id = :e").param("e", eventId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_payment_order_leaving_in_a_batch_is_no_step_and_is_not_even_marked_processed() {
        Member member = newMember();
        UUID claimId = UUID.randomUUID();
        UUID issuedId = UUID.randomUUID();
        publish(ADJUDICATION, adjudicated(claimId, member, Channel.NOEMIE, ago(Duration.ofHours(5)), null));
        awaitStatus(claimId, ClaimStatus.ADJUDICATED);

        publish(PAYMENT, new PaymentIssued(claimId, ago(Duration.ofHours(4)), UUID.randomUUID(), UUID.randomUUID(), "E2E",
                Money.ofCents(900), "FR76 •••• 0189", LocalDate.parse("2026-03-16")), issuedId);
        // the same partition: once the reimbursement is applied, the issue was read
        publish(PAYMENT, reimbursed(claimId, ago(Duration.ofHours(3)), 900, LocalDate.parse("2026-03-16")));
        ClaimDetail claim = awaitStatus(claimId, ClaimStatus.REIMBURSED);

        assertThat(claim.history()).extracting(Step::status).containsExactly(ClaimStatus.ADJUDICATED, ClaimStatus.REIMBURSED);
        assertThat(jdbc.sql("select count(*) from processed_message where event_id = :e").param("e", issuedId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_reimbursement_heard_of_before_its_adjudication_never_moves_the_claim_back() {
        Member member = newMember();
        UUID claimId = UUID.randomUUID();
        publish(INTAKE, received(claimId, member, Channel.UPLOAD, ago(Duration.ofDays(3))));
        awaitStatus(claimId, ClaimStatus.RECEIVED);

        publish(PAYMENT, reimbursed(claimId, ago(Duration.ofHours(1)), 900, LocalDate.parse("2026-03-16")));
        awaitStatus(claimId, ClaimStatus.REIMBURSED);
        publish(ADJUDICATION, adjudicated(claimId, member, Channel.UPLOAD, ago(Duration.ofDays(2)), null));
        ClaimDetail claim = awaitStep(claimId, ClaimStatus.ADJUDICATED);

        assertThat(claim.status()).isEqualTo(ClaimStatus.REIMBURSED);
        assertThat(claim.history()).extracting(Step::status)
                .containsExactly(ClaimStatus.RECEIVED, ClaimStatus.ADJUDICATED, ClaimStatus.REIMBURSED);
        assertThat(claim.lines()).singleElement().extracting(Line::mutuelle).isEqualTo(Money.ofCents(900));
        assertThat(claim.reimbursed()).isEqualTo(Money.ofCents(900));
    }

    @Test
    void an_analysis_heard_of_after_the_adjudication_does_not_erase_the_amounts() {
        Member member = newMember();
        UUID claimId = UUID.randomUUID();

        publish(ADJUDICATION, adjudicated(claimId, member, Channel.UPLOAD, ago(Duration.ofHours(2)), null));
        awaitStatus(claimId, ClaimStatus.ADJUDICATED);
        publish(INTAKE, analysed(claimId, member, Channel.UPLOAD, ago(Duration.ofHours(3)), false,
                gpLine(LocalDate.parse("2026-03-10"))));
        ClaimDetail claim = awaitStep(claimId, ClaimStatus.ANALYSED);

        assertThat(claim.status()).isEqualTo(ClaimStatus.ADJUDICATED);
        assertThat(claim.history()).extracting(Step::status).containsExactly(ClaimStatus.ANALYSED, ClaimStatus.ADJUDICATED);
        assertThat(claim.lines()).singleElement().extracting(Line::amo).isEqualTo(Money.ofCents(1900));
    }

    @Test
    void an_adjudication_with_fewer_lines_than_the_analysis_leaves_only_its_own() {
        Member member = newMember();
        UUID claimId = UUID.randomUUID();
        LocalDate careDate = LocalDate.parse("2026-03-10");
        var secondLine = new CareLine(2, careDate, CareCategory.PHARMACY_65, "3400930000000", null, true, 1, 500, 500,
                65, 325L, null, 50L, null, null);

        publish(INTAKE, analysed(claimId, member, Channel.UPLOAD, ago(Duration.ofHours(3)), false, gpLine(careDate),
                secondLine));
        assertThat(awaitStatus(claimId, ClaimStatus.ANALYSED).lines()).hasSize(2);
        publish(ADJUDICATION, adjudicated(claimId, member, Channel.UPLOAD, ago(Duration.ofHours(2)), null));
        ClaimDetail claim = awaitStatus(claimId, ClaimStatus.ADJUDICATED);

        assertThat(claim.lines()).singleElement().satisfies(line -> {
            assertThat(line.careType()).isEqualTo("GP_CONSULTATION");
            assertThat(line.mutuelle()).isEqualTo(Money.ofCents(900));
        });
        assertThat(claim.careTypes()).containsExactly("GP_CONSULTATION");
    }

    @Test
    void a_new_transfer_after_a_failed_one_completes_the_claim() {
        Member member = newMember();
        UUID claimId = UUID.randomUUID();
        publish(ADJUDICATION, adjudicated(claimId, member, Channel.UPLOAD, ago(Duration.ofDays(4)), null));
        awaitStatus(claimId, ClaimStatus.ADJUDICATED);

        publish(PAYMENT, paymentFailed(claimId, ago(Duration.ofDays(2)), 900, "AC04"));
        ClaimDetail failed = awaitStatus(claimId, ClaimStatus.PAYMENT_FAILED);
        publish(PAYMENT, reimbursed(claimId, ago(Duration.ofHours(3)), 900, LocalDate.parse("2026-03-16")));
        ClaimDetail paid = awaitStatus(claimId, ClaimStatus.REIMBURSED);

        assertThat(failed.paymentFailure().text()).isEqualTo("Le compte bancaire a été clôturé.");
        assertThat(failed.paymentFailure().whatToDo()).hasValueSatisfying(todo -> assertThat(todo).contains("nouvel IBAN"));
        assertThat(paid.paymentFailure()).isNull();
        assertThat(paid.history()).extracting(Step::status)
                .containsExactly(ClaimStatus.ADJUDICATED, ClaimStatus.PAYMENT_FAILED, ClaimStatus.REIMBURSED);
    }

    @Test
    void a_rejected_claim_ignores_late_steps_until_a_correction_reopens_it() {
        Member member = newMember();
        UUID claimId = UUID.randomUUID();
        publish(INTAKE, received(claimId, member, Channel.UPLOAD, ago(Duration.ofHours(10))));
        publish(INTAKE, rejected(claimId, ago(Duration.ofHours(8)), "intake", "ILLEGIBLE"));
        ClaimDetail rejected = awaitStatus(claimId, ClaimStatus.REJECTED);

        // a late step that happened before the rejection joins the history only
        publish(INTAKE, sentToReview(claimId, ago(Duration.ofHours(9))));
        ClaimDetail stillRejected = awaitStep(claimId, ClaimStatus.IN_REVIEW);
        // ops corrected the analysis after the rejection: the claim goes on
        publish(INTAKE, analysed(claimId, member, Channel.UPLOAD, ago(Duration.ofHours(6)), true,
                gpLine(LocalDate.parse("2026-03-11"))));
        ClaimDetail reopened = awaitStatus(claimId, ClaimStatus.ANALYSED);
        publish(ADJUDICATION, adjudicated(claimId, member, Channel.UPLOAD, ago(Duration.ofHours(5)), null));
        ClaimDetail adjudicated = awaitStatus(claimId, ClaimStatus.ADJUDICATED);

        assertThat(rejected.rejection()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("ILLEGIBLE");
            assertThat(reason.text()).isEqualTo("Le document envoyé n'est pas lisible.");
            assertThat(reason.whatToDo()).hasValue("Renvoyez une photo nette ou un scan complet de la facture.");
        });
        assertThat(stillRejected.status()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(reopened.rejection()).isEmpty();
        assertThat(adjudicated.history()).extracting(Step::status).containsExactly(ClaimStatus.RECEIVED,
                ClaimStatus.IN_REVIEW, ClaimStatus.REJECTED, ClaimStatus.ANALYSED, ClaimStatus.ADJUDICATED);
    }

    @Test
    void only_a_correction_made_after_the_rejection_reopens_a_rejected_claim() {
        Member member = newMember();
        UUID claimId = UUID.randomUUID();
        publish(ADJUDICATION, rejected(claimId, ago(Duration.ofHours(1)), "adjudication", "CEILING_REACHED"));
        awaitStatus(claimId, ClaimStatus.REJECTED);

        // same partition, in this order: a later analysis that is no correction, then the analysis that came before
        publish(INTAKE, analysed(claimId, member, Channel.UPLOAD, ago(Duration.ofMinutes(30)), false,
                gpLine(LocalDate.parse("2026-03-11"))));
        publish(INTAKE, analysed(claimId, member, Channel.UPLOAD, ago(Duration.ofHours(3)), false,
                gpLine(LocalDate.parse("2026-03-11"))));
        ClaimDetail claim = awaitStep(claimId, ClaimStatus.ANALYSED);

        assertThat(claim.status()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(claim.history()).extracting(Step::status).containsExactly(ClaimStatus.ANALYSED, ClaimStatus.REJECTED);
        assertThat(claim.history().getFirst().at()).isEqualTo(ago(Duration.ofHours(3)));
        assertThat(claim.rejection()).extracting(Explanation::code).containsExactly("CEILING_REACHED");
    }

    @Test
    void an_unreadable_event_is_dead_lettered_and_the_timeline_keeps_going() {
        Member member = newMember();
        UUID claimId = UUID.randomUUID();
        UUID poisonId = UUID.randomUUID();
        var poison = new ProducerRecord<>(INTAKE, claimId.toString(), "{\"claimId\": 12");
        poison.headers().add(EventHeaders.ID, poisonId.toString().getBytes(StandardCharsets.UTF_8));
        poison.headers().add(EventHeaders.TYPE, "fr.prestaflow.ClaimReceived.v1".getBytes(StandardCharsets.UTF_8));

        kafka.send(poison).join();
        publish(INTAKE, received(claimId, member, Channel.UPLOAD, ago(Duration.ofHours(1))));

        awaitStatus(claimId, ClaimStatus.RECEIVED);
        eventually().until(() -> jdbc.sql("select count(*) from dead_letter where event_id = :e")
                .param("e", poisonId.toString()).query(Long.class).single() == 1);
    }

    /** What the review reminders look at: the claims in review since before now. */
    private List<UUID> claimsInReview() {
        return timelines.inReviewSince(NOW, 10_000).stream().map(ClaimDetail::claimId).toList();
    }
}
