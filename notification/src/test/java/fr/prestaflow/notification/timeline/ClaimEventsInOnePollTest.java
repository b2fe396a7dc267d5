package fr.prestaflow.notification.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.money.Money;
import fr.prestaflow.notification.NotificationTest;
import fr.prestaflow.notification.TestMailServer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Events sent together, without waiting for each other, as a teletransmission file's are: they reach the consumer in
 * the same poll, where a claim's later events must see what its earlier ones did.
 */
class ClaimEventsInOnePollTest extends NotificationTest {

    @Test
    void a_claim_rejected_then_corrected_in_one_poll_ends_reopened_with_the_corrected_lines_and_one_e_mail() {
        Member member = newMember();
        registerEmail(member);
        UUID claimId = UUID.randomUUID();
        LocalDate careDate = LocalDate.parse("2026-03-10");

        publishWithoutWaiting(INTAKE, received(claimId, member, Channel.UPLOAD, ago(Duration.ofHours(10))));
        publishWithoutWaiting(INTAKE, sentToReview(claimId, ago(Duration.ofHours(9))));
        publishWithoutWaiting(INTAKE, analysed(claimId, member, Channel.UPLOAD, ago(Duration.ofHours(8)), false,
                gpLine(careDate)));
        publishWithoutWaiting(INTAKE, rejected(claimId, ago(Duration.ofHours(7)), "intake", "ILLEGIBLE"));
        publishWithoutWaiting(INTAKE, analysed(claimId, member, Channel.UPLOAD, ago(Duration.ofHours(6)), true,
                frameLine(careDate)));
        kafka.flush();

        ClaimDetail claim = eventually().until(() -> claim(claimId).orElse(null),
                c -> c != null && c.history().size() == 5);
        assertThat(claim.status()).isEqualTo(ClaimStatus.ANALYSED);
        assertThat(claim.statusAt()).isEqualTo(ago(Duration.ofHours(6)));
        assertThat(claim.history()).extracting(Step::status).containsExactly(ClaimStatus.RECEIVED, ClaimStatus.IN_REVIEW,
                ClaimStatus.ANALYSED, ClaimStatus.REJECTED, ClaimStatus.ANALYSED);
        assertThat(claim.receivedAt()).isEqualTo(ago(Duration.ofHours(10)));
        assertThat(claim.lines()).extracting(Line::careType).containsExactly("OPTICS_FRAME");
        assertThat(claim.amounts().billed()).isEqualTo(Money.ofCents(12000));
        assertThat(claim.contractNumber()).isEqualTo(member.contract());
        assertThat(jdbc.sql("select rejection_codes is null from claim_timeline where claim_id = :c").param("c", claimId)
                .query(Boolean.class).single()).isTrue();
        eventually().during(Duration.ofSeconds(1)).until(() -> TestMailServer.to(member.email()), mails -> mails.size() == 1);
        assertThat(TestMailServer.subject(TestMailServer.to(member.email()).getFirst())).endsWith(" n'a pas pu être remboursée");
    }

    @Test
    void several_claims_received_analysed_and_adjudicated_together_each_end_adjudicated_with_one_e_mail() {
        List<Member> members = IntStream.range(0, 4).mapToObj(i -> newMember()).toList();
        members.forEach(this::registerEmail);
        List<UUID> claimIds = members.stream().map(m -> UUID.randomUUID()).toList();
        LocalDate careDate = LocalDate.parse("2026-03-12");

        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            UUID claimId = claimIds.get(i);
            publishWithoutWaiting(TELETRANSMISSION, received(claimId, member, Channel.NOEMIE, ago(Duration.ofHours(30))));
            publishWithoutWaiting(TELETRANSMISSION, analysed(claimId, member, Channel.NOEMIE, ago(Duration.ofHours(29)),
                    false, gpLine(careDate)));
            publishWithoutWaiting(ADJUDICATION, adjudicated(claimId, member, Channel.NOEMIE, ago(Duration.ofHours(28)),
                    LocalDate.parse("2026-03-18")));
        }
        kafka.flush();

        for (int i = 0; i < members.size(); i++) {
            UUID claimId = claimIds.get(i);
            ClaimDetail claim = eventually().until(() -> claim(claimId).orElse(null),
                    c -> c != null && c.history().size() == 3);
            assertThat(claim.status()).isEqualTo(ClaimStatus.ADJUDICATED);
            assertThat(claim.history()).extracting(Step::status).containsExactly(ClaimStatus.RECEIVED,
                    ClaimStatus.ANALYSED, ClaimStatus.ADJUDICATED);
            assertThat(claim.amounts()).isEqualTo(new Amounts(Money.ofCents(3000), Money.ofCents(1900),
                    Money.ofCents(900), Money.ofCents(200)));
            assertThat(claim.lines()).singleElement().extracting(Line::mutuelle).isEqualTo(Money.ofCents(900));
            assertThat(claim.contractNumber()).isEqualTo(members.get(i).contract());
        }
        for (Member member : members) {
            eventually().during(Duration.ofSeconds(1)).until(() -> TestMailServer.to(member.email()),
                    mails -> mails.size() == 1);
            assertThat(TestMailServer.subject(TestMailServer.to(member.email()).getFirst()))
                    .isEqualTo("Votre remboursement de 9,00 € est calculé");
        }
        assertThat(jdbc.sql("select count(*) from delivery where claim_id in (:ids)").param("ids", claimIds)
                .query(Long.class).single()).isEqualTo(members.size());
    }

    @Test
    void a_refused_transfer_and_the_new_one_in_one_poll_send_one_e_mail_each_and_end_reimbursed() {
        Member member = newMember();
        registerEmail(member);
        UUID claimId = UUID.randomUUID();
        publish(ADJUDICATION, adjudicated(claimId, member, Channel.UPLOAD, ago(Duration.ofDays(4)), null));
        awaitStatus(claimId, ClaimStatus.ADJUDICATED);

        publishWithoutWaiting(PAYMENT, paymentFailed(claimId, ago(Duration.ofDays(2)), 900, "AC04"));
        publishWithoutWaiting(PAYMENT, reimbursed(claimId, ago(Duration.ofHours(3)), 900, LocalDate.parse("2026-03-16")));
        kafka.flush();

        ClaimDetail claim = awaitStatus(claimId, ClaimStatus.REIMBURSED);
        assertThat(claim.history()).extracting(Step::status).containsExactly(ClaimStatus.ADJUDICATED,
                ClaimStatus.PAYMENT_FAILED, ClaimStatus.REIMBURSED);
        assertThat(claim.payment().amount()).isEqualTo(Money.ofCents(900));
        assertThat(claim.reimbursed()).isEqualTo(Money.ofCents(900));
        assertThat(jdbc.sql("select payment_failure_code is null from claim_timeline where claim_id = :c").param("c", claimId)
                .query(Boolean.class).single()).isTrue();
        eventually().during(Duration.ofSeconds(1)).until(() -> TestMailServer.to(member.email()), mails -> mails.size() == 3);
        assertThat(TestMailServer.to(member.email())).extracting(TestMailServer::subject).containsExactlyInAnyOrder(
                "Votre remboursement de 9,00 € est calculé",
                "Action requise : votre virement de 9,00 € n'a pas abouti",
                "Votre remboursement de 9,00 € a été versé");
    }
}
