package fr.prestaflow.payment.sepa;

import static fr.prestaflow.payment.sepa.SepaFixtures.VALIDATOR;
import static fr.prestaflow.payment.sepa.SepaFixtures.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.payment.sepa.TransactionOutcome.Accepted;
import fr.prestaflow.payment.sepa.TransactionOutcome.Pending;
import fr.prestaflow.payment.sepa.TransactionOutcome.Rejected;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reports written by hand the way banks send them, not by our own simulated bank. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class Pain002ReaderTest {

    private final Pain002Reader reader = new Pain002Reader(VALIDATOR);

    @Test
    void a_partly_accepted_file_listing_only_its_rejections_accepts_the_transfers_it_does_not_list() {
        String xml = report("PART", """
                <OrgnlPmtInfAndSts>
                  <OrgnlPmtInfId>PMT-1</OrgnlPmtInfId>
                  <TxInfAndSts>
                    <OrgnlEndToEndId>E2E-2</OrgnlEndToEndId>
                    <TxSts>RJCT</TxSts>
                    <StsRsnInf>
                      <Rsn><Cd>AC04</Cd></Rsn>
                      <AddtlInf>Compte cloture le 03/03/2025</AddtlInf>
                    </StsRsnInf>
                  </TxInfAndSts>
                </OrgnlPmtInfAndSts>""");

        Map<String, TransactionOutcome> outcomes = reader.read(bytes(xml)).outcomesFor(List.of("E2E-1", "E2E-2"));

        assertThat(outcomes.get("E2E-1")).isEqualTo(new Accepted("E2E-1", PaymentStatus.PARTIAL));
        assertThat(outcomes.get("E2E-2")).isInstanceOfSatisfying(Rejected.class, rejected -> {
            assertThat(rejected.reason()).map(StatusReason::french).contains("AC04: Compte clôturé");
            assertThat(rejected.reason().orElseThrow().additionalInformation())
                    .containsExactly("Compte cloture le 03/03/2025");
        });
    }

    @Test
    void a_technically_accepted_file_accepts_every_transfer() {
        String xml = report("ACTC", "");

        Map<String, TransactionOutcome> outcomes = reader.read(bytes(xml)).outcomesFor(List.of("E2E-1", "E2E-2"));

        assertThat(outcomes.values()).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(Accepted.class));
    }

    @Test
    void a_group_rejection_with_only_a_reason_at_group_level_gives_that_reason_to_every_transfer() {
        String xml = report("RJCT", "").replace("<GrpSts>RJCT</GrpSts>",
                "<GrpSts>RJCT</GrpSts><StsRsnInf><Rsn><Cd>FF01</Cd></Rsn></StsRsnInf>");

        Map<String, TransactionOutcome> outcomes = reader.read(bytes(xml)).outcomesFor(List.of("E2E-1", "E2E-2"));

        assertThat(outcomes.values()).allSatisfy(outcome -> assertThat(outcome).isInstanceOfSatisfying(Rejected.class,
                rejected -> assertThat(rejected.reason()).map(StatusReason::code).contains("FF01")));
    }

    @Test
    void a_pending_file_leaves_every_transfer_pending() {
        String xml = report("PDNG", "");

        assertThat(reader.read(bytes(xml)).outcomesFor(List.of("E2E-1")).get("E2E-1"))
                .isEqualTo(new Pending("E2E-1", java.util.Optional.of(new PaymentStatus("PDNG"))));
    }

    @Test
    void a_proprietary_reason_is_kept_as_it_is() {
        String xml = report("PART", """
                <OrgnlPmtInfAndSts>
                  <OrgnlPmtInfId>PMT-1</OrgnlPmtInfId>
                  <TxInfAndSts>
                    <OrgnlEndToEndId>E2E-1</OrgnlEndToEndId>
                    <TxSts>RJCT</TxSts>
                    <StsRsnInf><Rsn><Prtry>BANK-42</Prtry></Rsn></StsRsnInf>
                  </TxInfAndSts>
                </OrgnlPmtInfAndSts>""");

        TransactionOutcome outcome = reader.read(bytes(xml)).outcomesFor(List.of("E2E-1")).get("E2E-1");

        assertThat(outcome).isInstanceOfSatisfying(Rejected.class, rejected ->
                assertThat(rejected.reason()).map(StatusReason::french).contains("BANK-42: motif bancaire non répertorié"));
    }

    @ParameterizedTest
    @CsvSource({"ACCP,ACCEPTED", "ACSC,ACCEPTED", "ACTC,ACCEPTED", "ACSP,ACCEPTED", "RJCT,REJECTED",
            "PART,PARTIALLY_ACCEPTED", "PDNG,PENDING", "RCVD,PENDING"})
    void each_status_code_has_a_kind(String code, PaymentStatus.Kind kind) {
        assertThat(new PaymentStatus(code).kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "AC01|IBAN incorrect", "AC04|Compte clôturé", "AC06|Compte bloqué", "MD07|Titulaire du compte décédé",
            "AG01|Opération interdite sur ce compte", "AM05|Virement en double",
            "BE04|Adresse du bénéficiaire manquante ou incorrecte", "RC01|Code BIC incorrect"})
    void common_reason_codes_have_a_french_text(String code, String french) {
        assertThat(new StatusReason(code).french()).isEqualTo(code + ": " + french);
        assertThat(new StatusReason(code).english()).doesNotContain("unlisted");
    }

    private static String report(String groupStatus, String blocks) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10">
                  <CstmrPmtStsRpt>
                    <GrpHdr>
                      <MsgId>BANK-STS-0001</MsgId>
                      <CreDtTm>2025-04-22T08:15:00</CreDtTm>
                    </GrpHdr>
                    <OrgnlGrpInfAndSts>
                      <OrgnlMsgId>MSG-1</OrgnlMsgId>
                      <OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId>
                      <GrpSts>%s</GrpSts>
                    </OrgnlGrpInfAndSts>
                    %s
                  </CstmrPmtStsRpt>
                </Document>
                """.formatted(groupStatus, blocks);
    }
}
