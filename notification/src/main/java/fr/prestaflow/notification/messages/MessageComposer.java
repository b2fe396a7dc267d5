package fr.prestaflow.notification.messages;

import fr.prestaflow.contracts.money.Money;
import fr.prestaflow.notification.timeline.ClaimDetail;
import fr.prestaflow.notification.timeline.ClaimStatus;
import fr.prestaflow.notification.wording.Explanation;
import fr.prestaflow.notification.wording.FrenchFormat;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes the member's messages. They say no more than the member needs: amount, date, claim reference and at most the
 * kind of care, never a diagnosis, an act code or a full IBAN. Pure Java, tested without Spring.
 */
final class MessageComposer {

    private static final String GREETING = "Bonjour,";
    private static final String SIGNATURE = "Votre mutuelle";
    private static final String FOLLOW_UP = "Vous pouvez suivre cette demande dans votre espace adhérent.";

    private MessageComposer() {
    }

    /** Whether a claim reaching this status gets a message (the claim is read only then); as {@link #forStatus}. */
    static boolean speaksOf(ClaimStatus status) {
        return kindFor(status).isPresent();
    }

    /** The kind of message a claim in this status gets, if any: RECEIVED, IN_REVIEW and ANALYSED are shown in the app only. */
    static Optional<MessageKind> kindFor(ClaimStatus status) {
        return switch (status) {
            case ADJUDICATED -> Optional.of(MessageKind.ADJUDICATED);
            case REIMBURSED -> Optional.of(MessageKind.REIMBURSED);
            case REJECTED -> Optional.of(MessageKind.REJECTED);
            case PAYMENT_FAILED -> Optional.of(MessageKind.PAYMENT_FAILED);
            case RECEIVED, IN_REVIEW, ANALYSED -> Optional.empty();
        };
    }

    /** The message a claim in its status deserves, of the kind {@link #kindFor} gives, if any. */
    static Optional<Message> forStatus(ClaimDetail claim) {
        return switch (claim.status()) {
            case ADJUDICATED -> Optional.of(claim.reversal() ? regularisation(claim) : adjudicated(claim));
            case REIMBURSED -> Optional.of(reimbursed(claim));
            case REJECTED -> Optional.of(rejected(claim));
            case PAYMENT_FAILED -> Optional.of(paymentFailed(claim));
            case RECEIVED, IN_REVIEW, ANALYSED -> Optional.empty();
        };
    }

    static Message adjudicated(ClaimDetail claim) {
        String amount = FrenchFormat.amount(orZero(claim.reimbursed()));
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Nous avons calculé le remboursement de votre demande " + about(claim) + ".");
        paragraphs.add("Montant remboursé par votre mutuelle : " + amount);
        if (claim.paidToPractitioner()) {
            paragraphs.add("Ce montant est versé directement à votre professionnel de santé (tiers payant).");
        } else if (claim.expectedPaymentDate() != null) {
            paragraphs.add("Date de paiement prévue : " + FrenchFormat.date(claim.expectedPaymentDate()));
        }
        String sms = "Votre mutuelle : remboursement de " + amount + " calculé pour la demande " + claim.reference()
                + (claim.expectedPaymentDate() != null && !claim.paidToPractitioner()
                ? ", paiement prévu le " + FrenchFormat.date(claim.expectedPaymentDate()) + "." : ".");
        return message(MessageKind.ADJUDICATED, "Votre remboursement de " + amount + " est calculé", paragraphs, List.of(), sms);
    }

    static Message regularisation(ClaimDetail claim) {
        String amount = FrenchFormat.amount(orZero(claim.reimbursed()));
        List<String> paragraphs = List.of(
                "L'Assurance Maladie a régularisé un remboursement de votre demande " + about(claim) + ".",
                "Montant repris par votre mutuelle : " + amount,
                "Il sera déduit de vos prochains remboursements ; vous n'avez rien à faire.");
        String sms = "Votre mutuelle : régularisation de " + amount + " sur la demande " + claim.reference()
                + ", déduite de vos prochains remboursements.";
        return message(MessageKind.ADJUDICATED, "Régularisation de votre remboursement (" + claim.reference() + ")",
                paragraphs, List.of(), sms);
    }

    static Message reimbursed(ClaimDetail claim) {
        Money paid = claim.payment() != null ? claim.payment().amount() : orZero(claim.reimbursed());
        String amount = FrenchFormat.amount(paid);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Le remboursement de votre demande " + about(claim) + " a été versé.");
        paragraphs.add("Montant versé : " + amount);
        if (claim.payment() != null && claim.payment().maskedIban() != null) {
            paragraphs.add("Sur le compte : " + claim.payment().maskedIban());
        }
        if (claim.payment() != null && claim.payment().paidOn() != null) {
            paragraphs.add("Date du virement : " + FrenchFormat.date(claim.payment().paidOn()));
        }
        String sms = "Votre mutuelle : " + amount + " versés pour la demande " + claim.reference() + ".";
        return message(MessageKind.REIMBURSED, "Votre remboursement de " + amount + " a été versé", paragraphs, List.of(), sms);
    }

    static Message rejected(ClaimDetail claim) {
        List<String> paragraphs = List.of("Nous ne pouvons pas rembourser votre demande " + about(claim) + ".",
                "Voici pourquoi, et ce que vous pouvez faire :");
        List<String> reasons = claim.rejection().stream().map(MessageComposer::withWhatToDo).toList();
        String sms = "Votre mutuelle : la demande " + claim.reference()
                + " n'a pas pu être remboursée. Le motif et la marche à suivre sont dans votre espace adhérent.";
        return message(MessageKind.REJECTED, "Votre demande " + claim.reference() + " n'a pas pu être remboursée",
                paragraphs, reasons, sms);
    }

    static Message paymentFailed(ClaimDetail claim) {
        Money amount = orZero(claim.reimbursed());
        String formatted = FrenchFormat.amount(amount);
        Explanation failure = claim.paymentFailure();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Votre banque a refusé le virement de " + formatted + " pour votre demande " + claim.reference() + ".");
        if (failure != null) {
            paragraphs.add("Motif : " + failure.text());
            failure.whatToDo().ifPresent(paragraphs::add);
        } else {
            paragraphs.add("Enregistrez un nouvel IBAN dans votre espace adhérent : nous relancerons le virement.");
        }
        String sms = "Votre mutuelle : le virement de " + formatted + " (demande " + claim.reference()
                + ") a été refusé par votre banque. Merci d'enregistrer un nouvel IBAN dans votre espace adhérent.";
        return message(MessageKind.PAYMENT_FAILED, "Action requise : votre virement de " + formatted + " n'a pas abouti",
                paragraphs, List.of(), sms);
    }

    static Message stillInReview(ClaimDetail claim, ZoneId zone) {
        String received = FrenchFormat.date(claim.receivedAt().atZone(zone).toLocalDate());
        List<String> paragraphs = List.of(
                "Votre demande " + about(claim) + ", reçue le " + received + ", est toujours en cours de vérification "
                        + "par un conseiller.",
                "Nous vous écrirons dès qu'elle sera traitée. Vous n'avez rien à faire.");
        String sms = "Votre mutuelle : votre demande " + claim.reference() + " est toujours en cours de vérification. "
                + "Nous revenons vers vous dès qu'elle est traitée.";
        return message(MessageKind.STILL_IN_REVIEW, "Votre demande " + claim.reference() + " est en cours de vérification",
                paragraphs, List.of(), sms);
    }

    /** The claim reference and, at most, the kind of care. */
    private static String about(ClaimDetail claim) {
        List<String> labels = claim.careTypeLabels();
        return claim.reference() + (labels.isEmpty() ? "" : " (" + String.join(", ", labels) + ")");
    }

    private static String withWhatToDo(Explanation explanation) {
        return explanation.text() + explanation.whatToDo().map(todo -> " " + todo).orElse("");
    }

    private static Money orZero(Money money) {
        return money == null ? Money.ZERO : money;
    }

    private static Message message(MessageKind kind, String subject, List<String> paragraphs, List<String> bullets,
                                   String sms) {
        StringBuilder text = new StringBuilder(GREETING).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\"><title>")
                .append(escape(subject)).append("</title></head><body style=\"font-family:sans-serif\"><p>")
                .append(GREETING).append("</p>");
        for (String paragraph : paragraphs) {
            text.append(paragraph).append("\n\n");
            html.append("<p>").append(escape(paragraph)).append("</p>");
        }
        if (!bullets.isEmpty()) {
            html.append("<ul>");
            for (String bullet : bullets) {
                text.append("- ").append(bullet).append("\n");
                html.append("<li>").append(escape(bullet)).append("</li>");
            }
            text.append("\n");
            html.append("</ul>");
        }
        text.append(FOLLOW_UP).append("\n\n").append(SIGNATURE).append("\n");
        html.append("<p>").append(escape(FOLLOW_UP)).append("</p><p>").append(SIGNATURE).append("</p></body></html>");
        return new Message(kind, subject, text.toString(), html.toString(), sms);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
