package fr.prestaflow.adjudication.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.adjudication.AdjudicationTest;
import fr.prestaflow.platform.crypto.BlindIndex;
import fr.prestaflow.testsupport.AuditLog;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ContractApiTest extends AdjudicationTest {

    @Autowired BlindIndex blindIndex;
    @Autowired DataSource database;

    @Test
    void the_local_stacks_demo_contracts_are_accepted_as_it_sends_them() throws Exception {
        Path demo = Path.of(System.getProperty("project.root", ".."), "local-stack/src/main/resources/demo-data.json");
        JsonNode contracts = json.readTree(Files.readString(demo)).get("contracts");

        for (JsonNode contract : contracts) {
            ObjectNode body = (ObjectNode) contract.deepCopy();
            body.remove("iban");
            String number = body.get("contractNumber").asString();

            assertThat(putContract(number, json.writeValueAsString(body)).getResponse().getStatus()).isIn(200, 201);
            assertThat(body(mvc.get().uri("/api/v1/contracts/" + number).header("X-Role", "OPS").exchange())
                    .get("beneficiaries")).hasSize(body.get("beneficiaries").size());
        }
    }

    @Test
    void a_contract_is_created_then_replaced_by_the_same_idempotent_put() {
        String number = newContractNumber();

        MvcTestResult created = putContract(number, contractJson("CONFORT", "2024-01-01"));
        MvcTestResult replaced = putContract(number, contractJson("CONFORT", "2024-01-01"));

        assertThat(created).hasStatus(201);
        assertThat(replaced).hasStatus(200);
        assertThat(body(replaced)).isEqualTo(body(created));
        JsonNode contract = body(replaced);
        assertThat(contract.get("contractNumber").asString()).isEqualTo(number);
        assertThat(contract.get("planId").asString()).isEqualTo("CONFORT");
        assertThat(contract.get("beneficiaries").get(1).get("nir").asString()).isEqualTo(SECOND_NIR);
    }

    @Test
    void replacing_a_contract_keeps_a_beneficiary_known_by_nir_even_when_ranks_are_swapped() {
        String number = newContract("CONFORT");
        long before = beneficiaryId(number, NIR);

        String swapped = contractJson("SERENITE", "2024-01-01").replace("\"rank\": 1", "\"rank\": 9")
                .replace("\"rank\": 2", "\"rank\": 1").replace("\"rank\": 9", "\"rank\": 2");
        assertThat(putContract(number, swapped)).hasStatus(200);

        assertThat(beneficiaryId(number, NIR)).isEqualTo(before);
        JsonNode contract = body(mvc.get().uri("/api/v1/contracts/" + number).header("X-Role", "OPS").exchange());
        assertThat(contract.get("planId").asString()).isEqualTo("SERENITE");
        assertThat(contract.get("beneficiaries").get(0).get("nir").asString()).isEqualTo(SECOND_NIR);
    }

    @Test
    void exemptions_are_stored_with_their_bounds() {
        String number = newContractNumber();
        String body = contractJson("ESSENTIEL", "2024-01-01").replaceFirst("\"exemptions\": \\[]",
                "\"exemptions\": [{\"type\": \"MATERNITY\", \"from\": \"2025-03-01\", \"to\": \"2025-09-12\"}, {\"type\": \"CSS\"}]");

        JsonNode exemptions = body(putContract(number, body)).get("beneficiaries").get(0).get("exemptions");

        assertThat(exemptions).hasSize(2);
        assertThat(exemptions.get(0).get("type").asString()).isEqualTo("MATERNITY");
        assertThat(exemptions.get(0).get("to").asString()).isEqualTo("2025-09-12");
    }

    @Test
    void an_ops_agent_creating_replacing_and_reading_a_contract_is_audited_with_the_reason_given() {
        String agent = AuditLog.newAgent();
        String number = newContractNumber();

        putAs(agent, number, "");
        putAs(agent, number, "DATA_PROTECTION_REQUEST");
        assertThat(mvc.get().uri("/api/v1/contracts/" + number).header("X-Role", "OPS").header("X-Agent", agent)
                .header("X-Access-Reason", "SUPPORT_TICKET").exchange()).hasStatus(200);

        assertThat(AuditLog.entriesOf(database, agent)).containsExactly(
                "CREATE contract " + number + " " + number + " OPERATIONS",
                "UPDATE contract " + number + " " + number + " DATA_PROTECTION_REQUEST",
                "READ contract " + number + " " + number + " SUPPORT_TICKET");
    }

    @Test
    void a_member_reading_their_own_contract_is_not_audited() {
        String number = newContract("CONFORT");
        int before = AuditLog.entriesAbout(database, number).size();

        assertThat(mvc.get().uri("/api/v1/contracts/" + number).header("X-Member-Contract", number).exchange()).hasStatus(200);

        assertThat(AuditLog.entriesAbout(database, number)).hasSize(before);
    }

    @Test
    void a_refused_change_leaves_no_audit_entry() {
        String agent = AuditLog.newAgent();

        MvcTestResult refused = mvc.put().uri("/api/v1/contracts/" + newContractNumber()).header("X-Role", "OPS")
                .header("X-Agent", agent).contentType("application/json")
                .content(contractJson("PLATINE", "2024-01-01")).exchange();

        assertProblem(refused, 422, "UNKNOWN_PLAN");
        assertThat(AuditLog.entriesOf(database, agent)).isEmpty();
    }

    @Test
    void an_unknown_access_reason_is_refused_before_anything_is_read() {
        String number = newContract("CONFORT");

        assertProblem(mvc.get().uri("/api/v1/contracts/" + number).header("X-Role", "OPS")
                .header("X-Access-Reason", "CURIOSITY").exchange(), 400, "INVALID_ACCESS_REASON");
    }

    @Test
    void only_ops_may_put_a_contract() {
        String number = newContractNumber();

        MvcTestResult anonymous = mvc.put().uri("/api/v1/contracts/" + number)
                .contentType("application/json").content(contractJson("CONFORT", "2024-01-01")).exchange();
        MvcTestResult member = mvc.put().uri("/api/v1/contracts/" + number).header("X-Member-Contract", number)
                .contentType("application/json").content("{}").exchange();

        assertProblem(anonymous, 401, "UNAUTHENTICATED");
        assertProblem(member, 403, "FORBIDDEN");
    }

    @Test
    void a_supervisor_may_put_a_contract() {
        String number = newContractNumber();

        MvcTestResult supervisor = mvc.put().uri("/api/v1/contracts/" + number).header("X-Role", "OPS,SUPERVISOR")
                .contentType("application/json").content(contractJson("CONFORT", "2024-01-01")).exchange();

        assertThat(supervisor).hasStatus(201);
    }

    @Test
    void a_member_reads_their_own_contract_and_no_other() {
        String own = newContract("CONFORT");
        String other = newContract("CONFORT");

        assertThat(mvc.get().uri("/api/v1/contracts/" + own).header("X-Member-Contract", own).exchange()).hasStatus(200);
        assertProblem(mvc.get().uri("/api/v1/contracts/" + other).header("X-Member-Contract", own).exchange(), 404,
                "CONTRACT_NOT_FOUND");
        assertProblem(mvc.get().uri("/api/v1/contracts/" + own).exchange(), 401, "UNAUTHENTICATED");
    }

    @Test
    void an_unknown_contract_is_not_found() {
        assertProblem(mvc.get().uri("/api/v1/contracts/" + newContractNumber()).header("X-Role", "OPS").exchange(), 404,
                "CONTRACT_NOT_FOUND");
    }

    @Test
    void a_body_that_breaks_bean_validation_is_refused_with_the_fields_at_fault() {
        String body = contractJson("CONFORT", "2024-01-01").replace("\"planId\": \"CONFORT\", ", "");

        MvcTestResult result = putContract(newContractNumber(), body);

        assertProblem(result, 400, "VALIDATION_FAILED");
        assertThat(body(result).get("errors").get(0).get("field").asString()).isEqualTo("planId");
    }

    @Test
    void a_nir_whose_key_does_not_match_is_refused_with_the_field() {
        String body = contractJson("CONFORT", "2024-01-01").replace(SECOND_NIR, "290046912304545");

        MvcTestResult result = putContract(newContractNumber(), body);

        assertProblem(result, 400, "INVALID_NIR");
        assertThat(body(result).get("field").asString()).isEqualTo("beneficiaries[1].nir");
        assertThat(body(result).get("reason").asString()).isEqualTo("KEY");
    }

    @Test
    void a_nir_of_the_wrong_format_is_refused() {
        MvcTestResult result = putContract(newContractNumber(),
                contractJson("CONFORT", "2024-01-01").replace(NIR, "3851175056123"));

        assertProblem(result, 400, "INVALID_NIR");
        assertThat(body(result).get("reason").asString()).isEqualTo("FORMAT");
    }

    @Test
    void a_plan_nobody_knows_is_refused() {
        assertProblem(putContract(newContractNumber(), contractJson("PLATINE", "2024-01-01")), 422, "UNKNOWN_PLAN");
    }

    @Test
    void an_end_date_before_the_start_date_is_refused() {
        String body = contractJson("CONFORT", "2024-01-01").replace("\"startDate\": \"2024-01-01\"",
                "\"startDate\": \"2024-01-01\", \"endDate\": \"2023-12-31\"");

        assertProblem(putContract(newContractNumber(), body), 400, "INVALID_DATES");
    }

    @Test
    void the_same_rank_or_the_same_nir_twice_is_refused() {
        String sameRank = contractJson("CONFORT", "2024-01-01").replace("\"rank\": 2", "\"rank\": 1");
        String sameNir = contractJson("CONFORT", "2024-01-01").replace(SECOND_NIR, NIR);

        assertProblem(putContract(newContractNumber(), sameRank), 400, "DUPLICATE_BENEFICIARY");
        assertProblem(putContract(newContractNumber(), sameNir), 400, "DUPLICATE_BENEFICIARY");
    }

    @Test
    void a_body_naming_another_contract_than_the_url_is_refused() {
        String body = contractJson("CONFORT", "2024-01-01").replace("{\"planId\"", "{\"contractNumber\": \"CT-OTHER\", \"planId\"");

        assertProblem(putContract(newContractNumber(), body), 400, "CONTRACT_NUMBER_MISMATCH");
    }

    private long beneficiaryId(String contract, String nir) {
        return jdbc.sql("select id from beneficiary where contract_number = :c and nir_index = :n")
                .param("c", contract).param("n", blindIndex.of(nir)).query(Long.class).single();
    }

    private void assertProblem(MvcTestResult result, int status, String code) {
        assertThat(result).hasStatus(status);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
        assertThat(body(result).get("code").asString()).isEqualTo(code);
    }

    private void putAs(String agent, String number, String reason) {
        var request = mvc.put().uri("/api/v1/contracts/" + number).header("X-Role", "OPS").header("X-Agent", agent);
        if (!reason.isEmpty()) {
            request = request.header("X-Access-Reason", reason);
        }
        assertThat(request.contentType("application/json").content(contractJson("CONFORT", "2024-01-01")).exchange()
                .getResponse().getStatus()).isIn(200, 201);
    }
}
