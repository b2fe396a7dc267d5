package fr.prestaflow.systemtests;

import static fr.prestaflow.systemtests.Claims.cents;
import static fr.prestaflow.systemtests.Members.CLAIRE;
import static fr.prestaflow.systemtests.Members.CLAIRE_BIRTH;
import static fr.prestaflow.systemtests.Members.CLAIRE_CONTRACT;
import static fr.prestaflow.systemtests.Members.CLAIRE_NIR;
import static fr.prestaflow.systemtests.Members.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Journey 4: the member uploads her dentist's invoice, and days later the compulsory scheme teletransmits the same
 * care: the mutuelle pays it once.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DuplicateLineJourneyIT {

    private static final String DENTIST_RPPS = "10105551234";

    @BeforeAll
    static void startStack() {
        RunningStack.start();
    }

    @Test
    void a_care_line_received_by_upload_and_by_teletransmission_is_paid_once() {
        LocalDate careDate = today().minusDays(30);
        // CONFORT, DENTAL_CARE 125 % of the base including the AMO: round(125 × 4338 / 100) − 2603 = 2820 (as in the
        // upload journey; billed 65,00 € leaves 3897 available, so nothing is capped). This dentist practises tiers
        // payant on the AMO part: the invoice shows the 26,03 € the AMO paid, as the décompte will.
        long billed = 6_500;
        long owed = 2_820;
        DentalInvoice invoice = new DentalInvoice("Dr Paul Roux", DENTIST_RPPS, "2026-0977", careDate,
                "Claire Martin", CLAIRE_BIRTH, billed, 4_338, 2_603L);

        UUID uploaded = Uploads.dentalInvoice(CLAIRE, CLAIRE_CONTRACT, CLAIRE_NIR, 1, CLAIRE_BIRTH, invoice);
        JsonNode adjudicated = Claims.awaitStatus(CLAIRE, uploaded, "ADJUDICATED");
        assertThat(cents(adjudicated.get("reimbursed"))).isEqualTo(owed);

        // the same care in the AMO's décompte: same date, act, practitioner, amounts, as NOEMIE reports it
        Instant sent = Instant.now();
        NlfFile.Built nlf = NlfFile.of(List.of(new NlfFile.Decompte(CLAIRE_CONTRACT, CLAIRE_NIR, 1, CLAIRE_BIRTH,
                careDate.plusDays(5), List.of(new NlfFile.Line(careDate, "DENTAL_CARE", DentalInvoice.ACT_CODE,
                DENTIST_RPPS, true, 1, billed, 4_338, 60, 2_603, 0, 0, null, null)))));
        UUID upload = Teletransmission.send(nlf.bytes());
        JsonNode file = Teletransmission.awaitProcessed(upload);
        assertThat(file.get("status").asString()).as("upload %s, NLA %s", file, Teletransmission.acknowledgment(upload))
                .isEqualTo("ACCEPTED");
        String decompte = nlf.decompteIds().keySet().iterator().next();
        UUID teletransmitted = Claims.awaitClaimOfSource(CLAIRE, sent, nlf.source(decompte));

        // the second arrival pays nothing: its line is the one already paid
        JsonNode second = Claims.adjudication(teletransmitted);
        assertThat(second.get("status").asString()).as("adjudication %s", second).isEqualTo("REJECTED");
        assertThat(second.get("rejectionCodes").valueStream().map(JsonNode::asString)).containsExactly("DUPLICATE_CLAIM_LINE");
        assertThat(cents(second.get("reimbursed"))).isZero();
        assertThat(second.at("/lines/0/rejectionCode").asString()).isEqualTo("DUPLICATE_CLAIM_LINE");
        assertThat(cents(second.at("/lines/0/complementaryPaid"))).isZero();
        JsonNode seen = Claims.awaitStatus(CLAIRE, teletransmitted, "REJECTED");
        assertThat(seen.at("/rejection/0/code").asString()).isEqualTo("DUPLICATE_CLAIM_LINE");
        assertThat(cents(seen.at("/lines/0/mutuelle"))).isZero();

        // ops see the décompte rejected downstream, with the file it came from
        JsonNode rejectedDecomptes = Gateway.get(Gateway.OPS, "/api/v1/noemie/decomptes?fileId=" + upload).expect(200).json();
        assertThat(rejectedDecomptes.valueStream().map(rejected -> rejected.get("code").asString()).toList())
                .as("rejected décomptes of the file: %s", rejectedDecomptes).containsExactly("DUPLICATE_CLAIM_LINE");

        // the upload is paid, the teletransmitted claim never: the line's amount is paid exactly once
        JsonNode order = Claims.awaitPaid(uploaded);
        assertThat(cents(order.get("amount"))).isEqualTo(owed);
        JsonNode reimbursed = Claims.awaitStatus(CLAIRE, uploaded, "REIMBURSED");
        assertThat(cents(reimbursed.at("/payment/amount"))).isEqualTo(owed);
        assertThat(Claims.paymentOrders(teletransmitted)).as("payment orders of the duplicate").isEmpty();
        long paidForTheLine = cents(Claims.timeline(CLAIRE, uploaded).at("/payment/amount"))
                + cents(Claims.timeline(CLAIRE, teletransmitted).get("amounts").get("mutuelle"));
        assertThat(paidForTheLine).isEqualTo(owed);
    }
}
