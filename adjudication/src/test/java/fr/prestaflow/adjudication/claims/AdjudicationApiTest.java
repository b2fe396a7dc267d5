package fr.prestaflow.adjudication.claims;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.adjudication.AdjudicationTest;
import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.events.v1.ClaimAdjudicated;
import fr.prestaflow.testsupport.AuditLog;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

class AdjudicationApiTest extends AdjudicationTest {

    @Autowired DataSource database;

    @Test
    void ops_see_every_line_with_its_amounts_reasons_and_plan_version() {
        String contract = newContract("CONFORT");
        UUID claimId = adjudicated(contract);

        MvcTestResult result = mvc.get().uri("/api/v1/adjudications/" + claimId).header("X-Role", "OPS").exchange();

        assertThat(result).hasStatus(200);
        JsonNode view = body(result);
        assertThat(view.get("status").asString()).isEqualTo("ADJUDICATED");
        assertThat(view.get("planId").asString()).isEqualTo("CONFORT");
        assertThat(view.get("planVersion").asInt()).isEqualTo(1);
        assertThat(view.get("reimbursed").get("cents").asLong()).isEqualTo(1840);
        assertThat(view.get("expectedPaymentDate").asString()).isEqualTo(TODAY.plusDays(2).toString());
        assertThat(view.get("totals").get("billed").get("cents").asLong()).isEqualTo(8000);
        JsonNode line = view.get("lines").get(0);
        assertThat(line.get("participation").get("cents").asLong()).isEqualTo(200);
        assertThat(line.get("patientShare").get("cents").asLong()).isEqualTo(4750);
        assertThat(line.get("planVersion").asInt()).isEqualTo(1);
        assertThat(line.get("reasons")).extracting(JsonNode::asString).containsExactly("AMO_REPORTED",
                "PARTICIPATION_NOT_COVERED", "GUARANTEE_PERCENT_BR_INCL_AMO", "OVERBILLING_CAPPED_NON_OPTAM");
    }

    @Test
    void the_member_whose_contract_it_is_sees_it_and_nobody_else() {
        String contract = newContract("CONFORT");
        UUID claimId = adjudicated(contract);

        assertThat(mvc.get().uri("/api/v1/adjudications/" + claimId).header("X-Member-Contract", contract).exchange())
                .hasStatus(200);
        assertNotFound(mvc.get().uri("/api/v1/adjudications/" + claimId).header("X-Member-Contract", newContractNumber())
                .exchange());
        MvcTestResult anonymous = mvc.get().uri("/api/v1/adjudications/" + claimId).exchange();
        assertThat(anonymous).hasStatus(401);
        assertThat(body(anonymous).get("code").asString()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void an_ops_read_is_audited_and_the_member_s_own_is_not() {
        String contract = newContract("CONFORT");
        UUID claimId = adjudicated(contract);
        String agent = AuditLog.newAgent();

        assertThat(mvc.get().uri("/api/v1/adjudications/" + claimId).header("X-Member-Contract", contract).exchange())
                .hasStatus(200);
        assertThat(AuditLog.entriesAbout(database, contract)).noneMatch(entry -> entry.startsWith("READ adjudication"));
        assertThat(mvc.get().uri("/api/v1/adjudications/" + claimId).header("X-Role", "OPS").header("X-Agent", agent)
                .exchange()).hasStatus(200);

        assertThat(AuditLog.entriesOf(database, agent))
                .containsExactly("READ adjudication " + claimId + " " + contract + " CLAIM_REVIEW");
    }

    @Test
    void an_ops_read_of_an_adjudication_that_does_not_exist_is_not_audited() {
        String agent = AuditLog.newAgent();

        assertNotFound(mvc.get().uri("/api/v1/adjudications/" + UUID.randomUUID()).header("X-Role", "OPS")
                .header("X-Agent", agent).exchange());

        assertThat(AuditLog.entriesOf(database, agent)).isEmpty();
    }

    @Test
    void a_claim_never_adjudicated_is_not_found() {
        assertNotFound(mvc.get().uri("/api/v1/adjudications/" + UUID.randomUUID()).header("X-Role", "OPS").exchange());
    }

    private UUID adjudicated(String contract) {
        UUID claimId = UUID.randomUUID();
        publish(Topics.TELETRANSMISSION_CLAIMS, analysed(claimId, Channel.NOEMIE, holder(contract), specialistNonOptam(1)));
        awaitEvent(claimId, ClaimAdjudicated.class);
        return claimId;
    }

    private void assertNotFound(MvcTestResult result) {
        assertThat(result).hasStatus(404);
        assertThat(body(result).get("code").asString()).isEqualTo("ADJUDICATION_NOT_FOUND");
    }
}
