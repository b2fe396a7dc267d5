package fr.prestaflow.notification.messages;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.money.Money;
import fr.prestaflow.notification.timeline.Amounts;
import fr.prestaflow.notification.timeline.ClaimDetail;
import fr.prestaflow.notification.timeline.ClaimStatus;
import fr.prestaflow.notification.timeline.Payment;
import fr.prestaflow.notification.wording.ReasonTexts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MessageComposerTest {

    private static final UUID CLAIM = UUID.fromString("3f2a9c1b-1111-4000-8000-000000000000");

    @Test
    void received_in_review_and_analysed_claims_get_no_message() {
        assertThat(MessageComposer.forStatus(claim(ClaimStatus.RECEIVED, false))).isEmpty();
        assertThat(MessageComposer.forStatus(claim(ClaimStatus.IN_REVIEW, false))).isEmpty();
        assertThat(MessageComposer.forStatus(claim(ClaimStatus.ANALYSED, false))).isEmpty();
    }

    @Test
    void the_kind_known_before_a_message_is_written_is_the_kind_of_the_message_written() {
        for (ClaimStatus status : ClaimStatus.values()) {
            assertThat(MessageComposer.kindFor(status)).as(status.name())
                    .isEqualTo(MessageComposer.forStatus(claim(status, false)).map(Message::kind));
        }
    }

    @Test
    void a_claim_paid_to_the_practitioner_says_so_instead_of_a_payment_date() {
        Message message = MessageComposer.forStatus(claim(ClaimStatus.ADJUDICATED, true)).orElseThrow();

        assertThat(message.text()).contains("versé directement à votre professionnel de santé")
                .doesNotContain("Date de paiement prévue");
    }

    @Test
    void an_adjudication_gives_the_reference_the_kind_of_care_the_amount_and_the_date() {
        Message message = MessageComposer.forStatus(claim(ClaimStatus.ADJUDICATED, false)).orElseThrow();

        assertThat(message.subject()).isEqualTo("Votre remboursement de 1 234,50 € est calculé");
        assertThat(message.text()).contains("PF-3F2A9C1B (Aide auditive)").contains("Date de paiement prévue : 1 avril 2026");
        assertThat(message.sms()).hasSizeLessThanOrEqualTo(160).contains("1 234,50 €");
    }

    @Test
    void html_special_characters_are_escaped() {
        Message message = MessageComposer.forStatus(claim(ClaimStatus.REJECTED, false)).orElseThrow();

        assertThat(message.html()).contains("n&#39;a pas pu").doesNotContain("n'a pas pu");
    }

    @Test
    void a_reminder_of_a_long_review_asks_nothing_of_the_member() {
        Message message = MessageComposer.stillInReview(claim(ClaimStatus.IN_REVIEW, false), ZoneId.of("Europe/Paris"));

        assertThat(message.kind()).isEqualTo(MessageKind.STILL_IN_REVIEW);
        assertThat(message.text()).contains("reçue le 10 mars 2026").contains("Vous n'avez rien à faire.");
    }

    private static ClaimDetail claim(ClaimStatus status, boolean paidToPractitioner) {
        return new ClaimDetail(CLAIM, "PF-3F2A9C1B", status, status.label(), Instant.parse("2026-03-12T10:00:00Z"),
                Instant.parse("2026-03-10T10:00:00Z"), Channel.UPLOAD, "CT-1", null, List.of("HEARING_AID"),
                new Amounts(Money.ofCents(200000), Money.ofCents(24000), Money.ofCents(123450), Money.ofCents(52550)),
                Money.ofCents(123450), paidToPractitioner, false, LocalDate.parse("2026-04-01"),
                new Payment(Money.ofCents(123450), LocalDate.parse("2026-04-01"), "FR76 •••• 0189"),
                status == ClaimStatus.REJECTED ? List.of(ReasonTexts.explain("CEILING_REACHED")) : List.of(), null,
                List.of(), List.of());
    }
}
