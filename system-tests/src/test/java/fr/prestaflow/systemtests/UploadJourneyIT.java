package fr.prestaflow.systemtests;

import static fr.prestaflow.systemtests.Claims.cents;
import static fr.prestaflow.systemtests.Members.CLAIRE;
import static fr.prestaflow.systemtests.Members.CLAIRE_BIRTH;
import static fr.prestaflow.systemtests.Members.CLAIRE_CONTRACT;
import static fr.prestaflow.systemtests.Members.CLAIRE_EMAIL;
import static fr.prestaflow.systemtests.Members.CLAIRE_IBAN;
import static fr.prestaflow.systemtests.Members.CLAIRE_MASKED_IBAN;
import static fr.prestaflow.systemtests.Members.CLAIRE_NIR;
import static fr.prestaflow.systemtests.Members.today;
import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.systemtests.Mailbox.Mail;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Journey 1: a member photographs nothing, she uploads the PDF her dentist e-mailed her, and is paid. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UploadJourneyIT {

    private static final DateTimeFormatter LONG_FRENCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    @BeforeAll
    static void startStack() {
        RunningStack.start();
    }

    @Test
    void a_clear_dental_invoice_is_analysed_adjudicated_paid_by_sepa_transfer_and_each_step_is_mailed() {
        LocalDate careDate = today().minusDays(12);
        DentalInvoice invoice = new DentalInvoice("Dr Hélène Garnier", "10104567891", "2026-4821", careDate,
                "Claire Martin", CLAIRE_BIRTH, 6_000, 4_338, null);
        /*
         * What CONFORT owes on this line (shared/domain/REIMBURSEMENT_RULES.md), one DENTAL_CARE line, billed 60,00 €,
         * base 43,38 €, the usual 60 % AMO rate (intake assumes it when the invoice does not print it):
         * - §4: the invoice does not say what the AMO paid, so adjudication estimates it as for a quote (AMO_COMPUTED,
         *   adjudication/README.md): round(4338 × 60 / 100) = round(2602.8) = 2603, no participation or franchise on
         *   dental care, so amoGross = amoReference = 2603;
         * - §10: CONFORT pays DENTAL_CARE as PERCENT_BR_INCL_AMO 125 %: round(125 × 4338 / 100) = round(5422.5) = 5423
         *   (§19, half up), minus the AMO part 2603 = 2820;
         * - §15: available = billed 6000 − 2603 = 3397 ≥ 2820, so nothing is capped; no yearly ceiling on dental care;
         * - patient share = 6000 − 2603 − 2820 = 577.
         */
        long amo = 2_603;
        long mutuelle = 2_820;
        long patientShare = 577;

        UUID claimId = Uploads.dentalInvoice(CLAIRE, CLAIRE_CONTRACT, CLAIRE_NIR, 1, CLAIRE_BIRTH, invoice);
        String reference = "PF-" + claimId.toString().substring(0, 8).toUpperCase(Locale.ROOT);

        // analysed: one confident care line, read from the PDF's text and confirmed by the member's declaration
        Claims.awaitStatus(CLAIRE, claimId, "ANALYSED");
        JsonNode upload = Uploads.view(CLAIRE, claimId);
        assertThat(upload.get("status").asString()).isEqualTo("ANALYSED");
        assertThat(upload.at("/analysis/confident").asBoolean()).as("analysis: %s", upload.get("analysis")).isTrue();
        JsonNode analysed = upload.at("/analysis/lines/0");
        assertThat(analysed.get("careDate").asString()).isEqualTo(careDate.toString());
        assertThat(analysed.get("careCategory").asString()).isEqualTo("DENTAL_CARE");
        assertThat(analysed.get("actCode").asString()).isEqualTo(DentalInvoice.ACT_CODE);
        assertThat(analysed.get("practitionerId").asString()).isEqualTo("10104567891");
        assertThat(analysed.get("billedCents").asLong()).isEqualTo(6_000);
        assertThat(analysed.get("baseCents").asLong()).isEqualTo(4_338);
        assertThat(analysed.get("amoRatePercent").asInt()).isEqualTo(60);
        assertThat(analysed.get("amoPaidCents").isNull()).as("not on a dentist's invoice").isTrue();

        // adjudicated: the amounts to the cent, and the payment date the member is promised (uploads: 7 days)
        JsonNode adjudicated = Claims.awaitStatus(CLAIRE, claimId, "ADJUDICATED");
        assertThat(cents(adjudicated.get("reimbursed"))).isEqualTo(mutuelle);
        assertThat(adjudicated.get("expectedPaymentDate").asString()).isEqualTo(today().plusDays(7).toString());
        JsonNode line = adjudicated.at("/lines/0");
        assertThat(adjudicated.get("lines")).hasSize(1);
        assertThat(cents(line.get("billed"))).isEqualTo(6_000);
        assertThat(cents(line.get("amo"))).isEqualTo(amo);
        assertThat(cents(line.get("mutuelle"))).isEqualTo(mutuelle);
        assertThat(cents(line.get("patientShare"))).isEqualTo(patientShare);
        assertThat(line.get("explanations").valueStream().map(reason -> reason.get("code").asString()))
                .containsExactly("AMO_COMPUTED", "GUARANTEE_PERCENT_BR_INCL_AMO");
        assertThat(line.get("rejection").isNull()).isTrue();
        Mail computed = Mailbox.awaitMail(CLAIRE_EMAIL, reference,
                mail -> mail.subject().equals("Votre remboursement de 28,20 € est calculé"), "ADJUDICATED mail");
        assertThat(computed.text()).contains(
                "Nous avons calculé le remboursement de votre demande " + reference + " (Soins dentaires).",
                "Montant remboursé par votre mutuelle : 28,20 €",
                "Date de paiement prévue : " + LONG_FRENCH.format(today().plusDays(7)));

        // paid: one order of 28,20 € in a SEPA batch to Claire's IBAN, accepted by the bank (pain.002)
        JsonNode order = Claims.awaitPaid(claimId);
        assertThat(cents(order.get("amount"))).isEqualTo(mutuelle);
        assertThat(order.at("/payee/kind").asString()).isEqualTo("MEMBER");
        JsonNode batch = Gateway.get(Gateway.OPS, "/api/v1/payment-batches/" + order.get("batchId").asString())
                .expect(200).json();
        assertThat(batch.get("status").asString()).isIn("ACCEPTED", "PARTIALLY_ACCEPTED");
        assertThat(batch.get("paidCount").asInt()).isPositive();
        String pain001 = Gateway.get(Gateway.OPS, "/api/v1/payment-batches/" + batch.get("id").asString() + "/pain001")
                .expect(200).body();
        assertThat(pain001).contains("<EndToEndId>" + order.get("endToEndId").asString() + "</EndToEndId>",
                "<InstdAmt Ccy=\"EUR\">28.20</InstdAmt>", "<IBAN>" + CLAIRE_IBAN + "</IBAN>");

        JsonNode reimbursed = Claims.awaitStatus(CLAIRE, claimId, "REIMBURSED");
        assertThat(cents(reimbursed.at("/payment/amount"))).isEqualTo(mutuelle);
        assertThat(reimbursed.at("/payment/maskedIban").asString()).isEqualTo(CLAIRE_MASKED_IBAN);
        assertThat(reimbursed.at("/payment/paidOn").isNull()).isFalse();
        assertThat(Claims.history(reimbursed)).containsExactly("RECEIVED", "ANALYSED", "ADJUDICATED", "REIMBURSED");
        Mail paid = Mailbox.awaitMail(CLAIRE_EMAIL, reference,
                mail -> mail.subject().equals("Votre remboursement de 28,20 € a été versé"), "REIMBURSED mail");
        assertThat(paid.text()).contains("Le remboursement de votre demande " + reference + " (Soins dentaires) a été versé.",
                "Montant versé : 28,20 €", "Sur le compte : " + CLAIRE_MASKED_IBAN);

        // one mail per step the member is told about, none twice (received and analysed are shown in the app only)
        assertThat(Mailbox.mailsAbout(CLAIRE_EMAIL, reference)).extracting(Mail::subject).containsExactly(
                "Votre remboursement de 28,20 € est calculé", "Votre remboursement de 28,20 € a été versé");
    }
}
