package fr.prestaflow.adjudication.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.adjudication.AdjudicationTest;
import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.events.v1.ClaimAdjudicated;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

class AdjudicationPrivacyTest extends AdjudicationTest {

    @Test
    void the_export_holds_the_member_s_contract_beneficiaries_and_adjudications_and_nothing_of_another_member() {
        String member = newContract("CONFORT");
        String other = newContract("CONFORT");
        UUID claimId = adjudicatedClaim(member);
        UUID otherClaim = adjudicatedClaim(other);

        JsonNode export = body(mvc.get().uri("/api/v1/privacy/export").header("X-Member-Contract", member).exchange());

        JsonNode data = export.get("data");
        assertThat(data.get("contract").get(0).get("member_name").asString()).isEqualTo("Claire Martin");
        assertThat(data.get("beneficiaries").findValues("nir").stream().map(JsonNode::asString))
                .containsExactly(NIR, SECOND_NIR); // decrypted: the member reads their own NIRs
        assertThat(data.get("beneficiaries").get(0).has("nir_encrypted")).isFalse();
        assertThat(data.get("adjudications")).singleElement()
                .satisfies(a -> assertThat(a.get("claim_id").asString()).isEqualTo(claimId.toString()));
        assertThat(data.get("adjudicationLines")).singleElement()
                .satisfies(line -> assertThat(line.get("consumed_units").asInt()).isOne());
        assertThat(export.toString()).doesNotContain(other).doesNotContain(otherClaim.toString());
    }

    @Test
    void erasure_pseudonymises_the_holder_keeps_the_insurance_file_and_the_adjudications_and_records_why() {
        String member = newContract("CONFORT");
        adjudicatedClaim(member);

        MvcTestResult result = erase(member);

        assertThat(result).hasStatus(200);
        Map<String, Object> holder = jdbc.sql("select member_name, member_email, member_phone from contract where contract_number = :c")
                .param("c", member).query().singleRow();
        assertThat((String) holder.get("member_name")).startsWith("ERASED-").doesNotContain("Martin");
        assertThat(holder.get("member_email")).isNull();
        assertThat(holder.get("member_phone")).isNull();
        assertThat(jdbc.sql("select count(*) from beneficiary where contract_number = :c and first_name is not null")
                .param("c", member).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("""
                        select count(*) from beneficiary
                        where contract_number = :c and nir_encrypted is not null and nir_index is not null""")
                .param("c", member).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from adjudication where contract_number = :c").param("c", member)
                .query(Integer.class).single()).isEqualTo(1);
        JsonNode retention = body(mvc.get().uri("/api/v1/privacy/retention?contract={c}", member).header("X-Role", "OPS").exchange());
        assertThat(retention.findValues("category").stream().map(JsonNode::asString))
                .containsExactly("adjudications and their lines",
                        "contract and beneficiaries (NIR, birth date, rank, exemptions; holder pseudonymised)");
        assertThat(retention.get(0).get("keptUntil").asString()).isEqualTo(TODAY.plusYears(10).toString());
        assertThat(retention.get(1).get("keptUntil").isNull()).isTrue(); // the contract is still in force
    }

    @Test
    void a_second_erasure_changes_nothing_and_reports_the_same_kept_data() {
        String member = newContract("CONFORT");
        JsonNode first = body(erase(member));
        String pseudonym = jdbc.sql("select member_name from contract where contract_number = :c").param("c", member)
                .query(String.class).single();

        JsonNode second = body(erase(member));

        assertThat(second.get("erased").findValues("count")).allSatisfy(count -> assertThat(count.asInt()).isZero());
        assertThat(second.get("kept")).isEqualTo(first.get("kept"));
        assertThat(jdbc.sql("select member_name from contract where contract_number = :c").param("c", member)
                .query(String.class).single()).isEqualTo(pseudonym);
    }

    @Test
    void only_ops_read_retention_records() {
        String member = newContract("CONFORT");

        assertThat(mvc.get().uri("/api/v1/privacy/retention?contract={c}", member).header("X-Member-Contract", member))
                .hasStatus(403);
    }

    private UUID adjudicatedClaim(String contract) {
        UUID claimId = UUID.randomUUID();
        publish(Topics.INTAKE_CLAIMS, analysed(claimId, Channel.UPLOAD, holder(contract), specialistNonOptam(1)));
        awaitEvent(claimId, ClaimAdjudicated.class);
        return claimId;
    }

    private MvcTestResult erase(String member) {
        return mvc.post().uri("/api/v1/privacy/erasure").header("X-Role", "OPS").header("X-Agent", "agent.ops")
                .contentType(MediaType.APPLICATION_JSON).content("{\"contract\": \"" + member + "\"}").exchange();
    }
}
