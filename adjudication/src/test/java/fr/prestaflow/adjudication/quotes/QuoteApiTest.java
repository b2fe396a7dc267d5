package fr.prestaflow.adjudication.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.adjudication.AdjudicationTest;
import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.events.v1.ClaimAdjudicated;
import fr.prestaflow.testsupport.AuditLog;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

class QuoteApiTest extends AdjudicationTest {

    @Autowired DataSource database;

    /** Golden case G18: a 200 € specialist act, forfait 24 € instead of the ticket modérateur, under CONFORT. */
    private static String forfait24Quote(String contract) {
        return """
                {"contractNumber": "%s", "beneficiaryRank": 1, "lines": [
                  {"lineNumber": 1, "careDate": "2025-11-20", "careCategory": "SPECIALIST_CONSULTATION",
                   "actCode": "LMMA006", "practitionerId": "10003456789", "practitionerOptam": true, "quantity": 1,
                   "billedCents": 20000, "baseCents": 15000, "amoRatePercent": 70}]}""".formatted(contract);
    }

    private static String lensesQuote(String contract) {
        return """
                {"contractNumber": "%s", "nir": "%s", "lines": [
                  {"lineNumber": 1, "careDate": "2025-08-12", "careCategory": "CONTACT_LENSES", "actCode": "LENTILLES",
                   "quantity": 1, "billedCents": 12000, "baseCents": 0, "amoRatePercent": 0}]}""".formatted(contract, NIR);
    }

    @Test
    void a_member_gets_the_estimated_amounts_of_each_line_under_their_plan() {
        String contract = newContract("CONFORT");

        MvcTestResult result = quote(contract, forfait24Quote(contract));

        assertThat(result).hasStatus(200);
        JsonNode quote = body(result);
        JsonNode line = quote.get("lines").get(0);
        assertThat(line.get("amoPaid").get("cents").asLong()).isEqualTo(12400);
        assertThat(line.get("complementaryPaid").get("cents").asLong()).isEqualTo(7400);
        assertThat(line.get("patientShare").get("cents").asLong()).isEqualTo(200);
        assertThat(line.get("reasons")).extracting(JsonNode::asString).containsExactly("AMO_COMPUTED",
                "FORFAIT_24_APPLIED", "PARTICIPATION_NOT_COVERED", "GUARANTEE_PERCENT_BR_INCL_AMO", "CAPPED_AT_BILLED");
        assertThat(line.get("rejectionCode").isNull()).isTrue();
        assertThat(quote.get("totals").get("complementaryPaid").get("cents").asLong()).isEqualTo(7400);
        assertThat(quote.get("planId").asString()).isEqualTo("CONFORT");
    }

    @Test
    void a_quote_counts_the_current_consumption_and_consumes_nothing() {
        String contract = newContract("CONFORT");
        UUID claimId = UUID.randomUUID();
        publish(Topics.INTAKE_CLAIMS, analysed(claimId, Channel.UPLOAD, holder(contract),
                contactLenses(1, LocalDate.of(2025, 2, 1), 9000)));
        awaitEvent(claimId, ClaimAdjudicated.class);
        long outboxBefore = outboxRows();

        JsonNode first = body(quote(contract, lensesQuote(contract)));
        JsonNode second = body(quote(contract, lensesQuote(contract)));

        assertThat(first.get("lines").get(0).get("complementaryPaid").get("cents").asLong()).isEqualTo(6000);
        assertThat(first.get("lines").get(0).get("reasons")).extracting(JsonNode::asString).contains("CEILING_APPLIED");
        assertThat(second).isEqualTo(first);
        assertThat(consumedCents(contract, CareCategory.CONTACT_LENSES)).isEqualTo(9000);
        assertThat(outboxRows()).isEqualTo(outboxBefore);
    }

    @Test
    void ops_may_quote_for_any_contract() {
        String contract = newContract("CONFORT");

        MvcTestResult result = mvc.post().uri("/api/v1/quotes").header("X-Role", "OPS")
                .contentType(MediaType.APPLICATION_JSON).content(forfait24Quote(contract)).exchange();

        assertThat(result).hasStatus(200);
    }

    @Test
    void an_ops_quote_is_audited_and_a_member_s_own_is_not() {
        String contract = newContract("CONFORT");
        String agent = AuditLog.newAgent();

        assertThat(quote(contract, forfait24Quote(contract))).hasStatus(200);
        assertThat(AuditLog.entriesAbout(database, contract)).noneMatch(entry -> entry.startsWith("READ quote"));
        assertThat(mvc.post().uri("/api/v1/quotes").header("X-Role", "OPS").header("X-Agent", agent)
                .header("X-Access-Reason", "MEMBER_REQUEST").contentType(MediaType.APPLICATION_JSON)
                .content(forfait24Quote(contract)).exchange()).hasStatus(200);

        assertThat(AuditLog.entriesOf(database, agent))
                .containsExactly("READ quote " + contract + " " + contract + " MEMBER_REQUEST");
    }

    @Test
    void a_member_quoting_on_another_contract_learns_nothing_of_it() {
        String own = newContract("CONFORT");
        String other = newContract("CONFORT");

        assertProblem(quote(own, forfait24Quote(other)), 404, "CONTRACT_NOT_FOUND");
    }

    @Test
    void an_anonymous_quote_is_unauthenticated() {
        String contract = newContract("CONFORT");

        MvcTestResult result = mvc.post().uri("/api/v1/quotes").contentType(MediaType.APPLICATION_JSON)
                .content(forfait24Quote(contract)).exchange();

        assertProblem(result, 401, "UNAUTHENTICATED");
    }

    @Test
    void a_beneficiary_that_is_not_on_the_contract_is_not_found() {
        String contract = newContract("CONFORT");

        assertProblem(quote(contract, forfait24Quote(contract).replace("\"beneficiaryRank\": 1", "\"beneficiaryRank\": 7")),
                404, "BENEFICIARY_NOT_FOUND");
    }

    @Test
    void a_quote_must_name_its_beneficiary_and_give_valid_lines() {
        String contract = newContract("CONFORT");

        assertProblem(quote(contract, forfait24Quote(contract).replace("\"beneficiaryRank\": 1, ", "")), 400,
                "VALIDATION_FAILED");
        assertProblem(quote(contract, forfait24Quote(contract).replace("\"quantity\": 1", "\"quantity\": 0")), 400,
                "VALIDATION_FAILED");
    }

    private MvcTestResult quote(String memberContract, String body) {
        return mvc.post().uri("/api/v1/quotes").header("X-Member-Contract", memberContract)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private long outboxRows() {
        return jdbc.sql("select count(*) from outbox_event_log").query(Long.class).single();
    }

    private void assertProblem(MvcTestResult result, int status, String code) {
        assertThat(result).hasStatus(status);
        assertThat(body(result).get("code").asString()).isEqualTo(code);
    }
}
