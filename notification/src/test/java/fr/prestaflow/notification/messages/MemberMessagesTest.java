package fr.prestaflow.notification.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.notification.NotificationTest;
import fr.prestaflow.notification.TestMailServer;
import fr.prestaflow.notification.timeline.ClaimStatus;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mail.MailSendException;

/** Messages to members, through the real broker, PostgreSQL and an SMTP server (GreenMail). */
class MemberMessagesTest extends NotificationTest {

    @Test
    void an_adjudicated_claim_tells_the_member_the_amount_and_the_expected_payment_date_in_french() {
        Member member = newMember();
        registerEmail(member);
        UUID claimId = UUID.randomUUID();

        publish(ADJUDICATION, opticsAdjudicated(claimId, member, ago(Duration.ofHours(1))));

        MimeMessage mail = awaitMails(member, 1).getFirst();
        assertThat(TestMailServer.subject(mail)).isEqualTo("Votre remboursement de 18,40 € est calculé");
        String text = TestMailServer.text(mail);
        assertThat(text).contains("Montant remboursé par votre mutuelle : 18,40 €")
                .contains("Date de paiement prévue : 23 mars 2026")
                .contains("PF-" + claimId.toString().substring(0, 8).toUpperCase())
                .contains("Monture de lunettes")
                // no act code, no NIR, no diagnosis: amount, date, reference and kind of care only
                .doesNotContain("2210546").doesNotContain(NIR).doesNotContain("RENEWAL");
        assertThat(TestMailServer.html(mail)).contains("<p>Montant remboursé par votre mutuelle : 18,40 €</p>");
    }

    @Test
    void the_same_adjudication_delivered_twice_sends_one_e_mail() {
        Member member = newMember();
        registerEmail(member);
        UUID claimId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        var event = opticsAdjudicated(claimId, member, ago(Duration.ofHours(3)));
        publish(ADJUDICATION, event, eventId);
        awaitMails(member, 1);

        publish(ADJUDICATION, event, eventId);
        // a later event of the same claim on the same partition: once it is applied, the redelivery was too
        UUID marker = publish(ADJUDICATION, opticsAdjudicated(claimId, member, ago(Duration.ofHours(2))));
        eventually().until(() -> jdbc.sql("select count(*) from processed_message where event_id = :e").param("e", marker)
                .query(Long.class).single() == 1);

        assertThat(TestMailServer.to(member.email())).extracting(TestMailServer::subject)
                .containsExactly("Votre remboursement de 18,40 € est calculé");
        assertThat(jdbc.sql("select count(*) from delivery where claim_id = :c").param("c", claimId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_reimbursement_gives_the_amount_paid_and_the_masked_iban() {
        Member member = newMember();
        registerEmail(member);
        UUID claimId = UUID.randomUUID();
        publish(ADJUDICATION, adjudicated(claimId, member, Channel.NOEMIE, ago(Duration.ofDays(2)), null));
        awaitMails(member, 1);

        publish(PAYMENT, reimbursed(claimId, ago(Duration.ofHours(1)), 900, LocalDate.parse("2026-03-16")));

        MimeMessage mail = awaitMails(member, 2).get(1);
        assertThat(TestMailServer.subject(mail)).isEqualTo("Votre remboursement de 9,00 € a été versé");
        assertThat(TestMailServer.text(mail)).contains("Montant versé : 9,00 €").contains("Sur le compte : FR76 •••• 0189")
                .contains("Date du virement : 16 mars 2026");
    }

    @Test
    void a_rejection_explains_each_reason_in_french_with_what_to_do() {
        Member member = newMember();
        registerEmail(member);
        UUID claimId = UUID.randomUUID();
        publish(INTAKE, received(claimId, member, Channel.UPLOAD, ago(Duration.ofHours(2))));
        awaitStatus(claimId, ClaimStatus.RECEIVED);

        publish(INTAKE, rejected(claimId, ago(Duration.ofHours(1)), "intake", "ILLEGIBLE", "MISSING_PRESCRIPTION"));

        MimeMessage mail = awaitMails(member, 1).getFirst();
        assertThat(TestMailServer.subject(mail)).startsWith("Votre demande PF-").endsWith(" n'a pas pu être remboursée");
        assertThat(TestMailServer.text(mail))
                .contains("- Le document envoyé n'est pas lisible. Renvoyez une photo nette ou un scan complet de la facture.")
                .contains("- Une prescription médicale est nécessaire pour ces soins. "
                        + "Envoyez-nous l'ordonnance correspondant à ces soins.");
        assertThat(TestMailServer.html(mail)).contains("<li>Le document envoyé n&#39;est pas lisible.");
    }

    @Test
    void a_failed_transfer_asks_the_member_for_a_new_iban() {
        Member member = newMember();
        registerEmail(member);
        UUID claimId = UUID.randomUUID();
        publish(ADJUDICATION, adjudicated(claimId, member, Channel.UPLOAD, ago(Duration.ofDays(3)), null));
        awaitMails(member, 1);

        publish(PAYMENT, paymentFailed(claimId, ago(Duration.ofHours(1)), 900, "AC01"));

        MimeMessage mail = awaitMails(member, 2).get(1);
        assertThat(TestMailServer.subject(mail)).isEqualTo("Action requise : votre virement de 9,00 € n'a pas abouti");
        assertThat(TestMailServer.text(mail)).contains("Motif : Le numéro de compte (IBAN) est incorrect.")
                .contains("Enregistrez un nouvel IBAN dans votre espace adhérent");
    }

    @Test
    void a_member_without_contact_details_gets_no_message_and_the_delivery_log_says_why() {
        Member member = newMember();
        UUID claimId = UUID.randomUUID();

        UUID eventId = publish(ADJUDICATION, adjudicated(claimId, member, Channel.UPLOAD, ago(Duration.ofHours(1)), null));

        eventually().until(() -> deliveryStatus(eventId, "EMAIL"), "SKIPPED"::equals);
        assertThat(jdbc.sql("select last_error from delivery where event_id = :e").param("e", eventId)
                .query(String.class).single()).isEqualTo("no contact details");
        assertThat(TestMailServer.to(member.email())).isEmpty();
    }

    @Test
    void a_member_who_opted_out_gets_no_message() {
        Member member = newMember();
        putPreferences(member, """
                {"email": "%s", "channels": ["EMAIL"], "optOut": true}""".formatted(member.email()));
        UUID claimId = UUID.randomUUID();

        UUID eventId = publish(ADJUDICATION, adjudicated(claimId, member, Channel.UPLOAD, ago(Duration.ofHours(1)), null));

        eventually().until(() -> deliveryStatus(eventId, "EMAIL"), "SKIPPED"::equals);
        assertThat(TestMailServer.to(member.email())).isEmpty();
    }

    @Test
    void a_member_who_chose_sms_gets_one_through_the_sms_port_as_well() {
        Member member = newMember();
        putPreferences(member, """
                {"email": "%s", "phone": "+33 6 12 34 56 78", "channels": ["EMAIL", "SMS"], "optOut": false}"""
                .formatted(member.email()));
        UUID claimId = UUID.randomUUID();

        UUID eventId = publish(ADJUDICATION, opticsAdjudicated(claimId, member, ago(Duration.ofHours(1))));

        eventually().until(() -> deliveryStatus(eventId, "SMS"), "SENT"::equals);
        assertThat(jdbc.sql("select text_body from delivery where event_id = :e and channel = 'SMS'").param("e", eventId)
                .query(String.class).single()).startsWith("Votre mutuelle : remboursement de 18,40 € calculé");
        assertThat(awaitMails(member, 1)).hasSize(1);
    }

    @Test
    void an_e_mail_the_smtp_server_refused_is_sent_again_later() {
        Member member = newMember();
        registerEmail(member);
        AtomicInteger refusals = refuseMailsTo(member, 1);
        UUID claimId = UUID.randomUUID();

        UUID eventId = publish(ADJUDICATION, opticsAdjudicated(claimId, member, ago(Duration.ofHours(1))));

        assertThat(awaitMails(member, 1)).hasSize(1);
        eventually().until(() -> deliveryStatus(eventId, "EMAIL"), "SENT"::equals);
        assertThat(refusals).hasValue(1);
        assertThat(jdbc.sql("select attempts from delivery where event_id = :e").param("e", eventId)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void an_e_mail_that_keeps_failing_is_given_up_after_the_configured_attempts() {
        Member member = newMember();
        registerEmail(member);
        AtomicInteger refusals = refuseMailsTo(member, Integer.MAX_VALUE);
        UUID claimId = UUID.randomUUID();

        UUID eventId = publish(ADJUDICATION, opticsAdjudicated(claimId, member, ago(Duration.ofHours(1))));

        eventually().until(() -> jdbc.sql("select attempts from delivery where event_id = :e").param("e", eventId)
                .query(Integer.class).optional().orElse(0) == 3);
        // the retry job runs every 200 ms: a whole second later, still three attempts
        eventually().during(Duration.ofSeconds(1)).until(refusals::get, n -> n == 3);
        assertThat(deliveryStatus(eventId, "EMAIL")).isEqualTo("FAILED");
        assertThat(jdbc.sql("select last_error from delivery where event_id = :e").param("e", eventId)
                .query(String.class).single()).contains("SMTP refused");
    }

    @Test
    void a_review_lasting_longer_than_the_threshold_sends_one_reminder() {
        Member member = newMember();
        registerEmail(member);
        UUID claimId = UUID.randomUUID();
        publish(INTAKE, received(claimId, member, Channel.UPLOAD, ago(Duration.ofDays(4))));
        awaitStatus(claimId, ClaimStatus.RECEIVED);

        publish(INTAKE, sentToReview(claimId, ago(Duration.ofDays(3))));

        MimeMessage mail = awaitMails(member, 1).getFirst();
        assertThat(TestMailServer.subject(mail)).endsWith("est en cours de vérification");
        assertThat(TestMailServer.text(mail)).contains("reçue le 12 mars 2026").contains("Vous n'avez rien à faire.");
        // the check runs every 200 ms: still one reminder a second later
        eventually().during(Duration.ofSeconds(1)).until(() -> TestMailServer.to(member.email()).size(), n -> n == 1);
    }

    private List<MimeMessage> awaitMails(Member member, int count) {
        return eventually().until(() -> TestMailServer.to(member.email()), mails -> mails.size() >= count);
    }

    private String deliveryStatus(UUID eventId, String channel) {
        return jdbc.sql("select status from delivery where event_id = :e and channel = :c").param("e", eventId)
                .param("c", channel).query(String.class).optional().orElse(null);
    }

    private void putPreferences(Member member, String json) {
        mvc.put().uri("/api/v1/notification-preferences").header("X-Member-Contract", member.contract())
                .contentType(MediaType.APPLICATION_JSON).content(json)
                .assertThat().hasStatus2xxSuccessful();
    }

    /** The SMTP server refuses the first {@code times} e-mails to this member; others go through. */
    private AtomicInteger refuseMailsTo(Member member, int times) {
        AtomicInteger refusals = new AtomicInteger();
        doAnswer(invocation -> {
            MimeMessage message = invocation.getArgument(0);
            Address[] to = message.getAllRecipients();
            boolean forMember = to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(member.email()));
            if (forMember && refusals.get() < times) {
                refusals.incrementAndGet();
                throw new MailSendException("SMTP refused the message");
            }
            return invocation.callRealMethod();
        }).when(mailSender).send(any(MimeMessage.class));
        return refusals;
    }
}
