package fr.prestaflow.systemtests;

import static fr.prestaflow.systemtests.Claims.cents;
import static fr.prestaflow.systemtests.Members.SOPHIE;
import static fr.prestaflow.systemtests.Members.SOPHIE_BIRTH;
import static fr.prestaflow.systemtests.Members.SOPHIE_CONTRACT;
import static fr.prestaflow.systemtests.Members.SOPHIE_CONTRACT_START;
import static fr.prestaflow.systemtests.Members.SOPHIE_EMAIL;
import static fr.prestaflow.systemtests.Members.SOPHIE_NIR;
import static fr.prestaflow.systemtests.Members.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import fr.prestaflow.systemtests.Mailbox.Mail;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Journey 3: care from before the contract started is refused, and the member is told why, in French. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CoverageJourneyIT {

    /**
     * Two weeks before CT-000003 started. Intake reads a care date only within the last three years (older is
     * time-barred), so this journey can be driven until mid-December 2027.
     */
    private static final LocalDate CARE_DATE = SOPHIE_CONTRACT_START.minusDays(16);

    @BeforeAll
    static void startStack() {
        RunningStack.start();
    }

    @Test
    void care_before_the_contract_start_is_rejected_and_the_member_is_told_why_by_mail() {
        assumeThat(CARE_DATE).as("a care date intake still reads (within three years)").isAfter(today().minusYears(3));
        DentalInvoice invoice = new DentalInvoice("Dr Marc Lefèvre", "10109876543", "2024-1216", CARE_DATE,
                "Sophie Durand", SOPHIE_BIRTH, 6_000, 4_338, null);

        UUID claimId = Uploads.dentalInvoice(SOPHIE, SOPHIE_CONTRACT, SOPHIE_NIR, 1, SOPHIE_BIRTH, invoice);
        String reference = "PF-" + claimId.toString().substring(0, 8).toUpperCase(Locale.ROOT);

        JsonNode rejected = Claims.awaitStatus(SOPHIE, claimId, "REJECTED");
        assertThat(rejected.get("rejection")).hasSize(1);
        JsonNode why = rejected.at("/rejection/0");
        assertThat(why.get("code").asString()).isEqualTo("CARE_BEFORE_COVERAGE");
        assertThat(why.get("text").asString()).isEqualTo("Les soins ont eu lieu avant le début de votre contrat.");
        assertThat(why.get("whatToDo").asString()).contains("Vérifiez la date des soins");
        // §1: a rejected line keeps its AMO part (estimated: round(4338 × 60 %) = 2603); the mutuelle pays nothing
        JsonNode line = rejected.at("/lines/0");
        assertThat(line.get("careDate").asString()).isEqualTo(CARE_DATE.toString());
        assertThat(cents(line.get("amo"))).isEqualTo(2_603);
        assertThat(cents(line.get("mutuelle"))).isZero();
        assertThat(cents(line.get("patientShare"))).isEqualTo(6_000 - 2_603);
        assertThat(line.at("/rejection/code").asString()).isEqualTo("CARE_BEFORE_COVERAGE");
        assertThat(Claims.history(rejected)).containsExactly("RECEIVED", "ANALYSED", "REJECTED");

        Mail mail = Mailbox.awaitMail(SOPHIE_EMAIL, reference,
                candidate -> candidate.subject().equals("Votre demande " + reference + " n'a pas pu être remboursée"),
                "REJECTED mail");
        assertThat(mail.text()).contains(
                "Nous ne pouvons pas rembourser votre demande " + reference + " (Soins dentaires).",
                "Voici pourquoi, et ce que vous pouvez faire :",
                "- Les soins ont eu lieu avant le début de votre contrat. Vérifiez la date des soins sur votre facture ;"
                        + " si elle est erronée, envoyez-nous une facture corrigée.");
        assertThat(Mailbox.mailsAbout(SOPHIE_EMAIL, reference)).as("one mail, the rejection").hasSize(1);
        assertThat(Claims.paymentOrders(claimId)).as("nothing to pay").isEmpty();
    }
}
