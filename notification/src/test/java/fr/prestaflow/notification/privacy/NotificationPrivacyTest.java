package fr.prestaflow.notification.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.notification.NotificationTest;
import fr.prestaflow.notification.timeline.ClaimStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NotificationPrivacyTest extends NotificationTest {

    @Autowired JsonMapper json;

    @Test
    void the_export_holds_the_member_s_contact_timeline_and_messages_and_nothing_of_another_member() {
        Member member = newMember();
        Member other = newMember();
        UUID claimId = reimbursedClaimWithAMessage(member);
        UUID otherClaim = reimbursedClaimWithAMessage(other);

        JsonNode export = body(mvc.get().uri("/api/v1/privacy/export").header("X-Member-Contract", member.contract()).exchange());

        JsonNode data = export.get("data");
        assertThat(data.get("contactAndPreferences").get(0).get("email").asString()).isEqualTo(member.email());
        assertThat(data.get("claims")).singleElement().satisfies(claim -> {
            assertThat(claim.get("claim_id").asString()).isEqualTo(claimId.toString());
            assertThat(claim.get("beneficiary_nir").asString()).isEqualTo(NIR); // decrypted
            assertThat(claim.has("beneficiary_nir_encrypted")).isFalse();
        });
        assertThat(data.get("claimSteps")).isNotEmpty();
        assertThat(data.get("messages")).isNotEmpty()
                .allSatisfy(message -> assertThat(message.get("recipient").asString()).isEqualTo(member.email()));
        assertThat(export.toString()).doesNotContain(other.email()).doesNotContain(otherClaim.toString());
    }

    @Test
    void erasure_is_refused_while_a_claim_waits_for_its_payment() {
        Member member = newMember();
        UUID claimId = UUID.randomUUID();
        publish(ADJUDICATION, adjudicated(claimId, member, Channel.UPLOAD, ago(Duration.ofHours(1)), LocalDate.parse("2026-03-20")));
        awaitStatus(claimId, ClaimStatus.ADJUDICATED);

        MvcTestResult result = erase(member);

        assertThat(result).hasStatus(409).bodyJson().extractingPath("$.code").isEqualTo("ERASURE_BLOCKED_CLAIMS_IN_PROGRESS");
    }

    @Test
    void erasure_deletes_the_contact_and_the_messages_contents_keeps_the_amounts_and_records_why() {
        Member member = newMember();
        UUID claimId = reimbursedClaimWithAMessage(member);
        assertThat(claimsOfBeneficiary(member)).isEqualTo(1);

        MvcTestResult result = erase(member);

        assertThat(result).hasStatus(200);
        assertThat(jdbc.sql("select count(*) from member_contact where contract_number = :c").param("c", member.contract())
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from delivery where claim_id = :id and (recipient is not null or text_body is not null)")
                .param("id", claimId).query(Integer.class).single()).isZero();
        Map<String, Object> timeline = jdbc.sql("""
                        select beneficiary_nir_encrypted, beneficiary_nir_index, masked_iban, reimbursed_cents
                        from claim_timeline where claim_id = :id""")
                .param("id", claimId).query().singleRow();
        assertThat(timeline.get("beneficiary_nir_encrypted")).isNull();
        assertThat(timeline.get("beneficiary_nir_index")).isNull();
        assertThat(timeline.get("masked_iban")).isNull();
        assertThat(timeline.get("reimbursed_cents")).isEqualTo(900L);
        assertThat(claimsOfBeneficiary(member)).isZero(); // no blind index left to find the claim by its NIR
        JsonNode retention = body(mvc.get().uri("/api/v1/privacy/retention?contract={c}", member.contract())
                .header("X-Role", "OPS").exchange());
        assertThat(retention).singleElement().satisfies(kept -> {
            assertThat(kept.get("category").asString()).startsWith("claim timelines");
            assertThat(kept.get("legalBasis").asString()).contains("L123-22");
        });
    }

    @Test
    void a_second_erasure_changes_nothing_and_reports_the_same_kept_data() {
        Member member = newMember();
        reimbursedClaimWithAMessage(member);
        JsonNode first = body(erase(member));

        JsonNode second = body(erase(member));

        assertThat(second.get("erased").findValues("count")).allSatisfy(count -> assertThat(count.asInt()).isZero());
        assertThat(second.get("kept")).isEqualTo(first.get("kept"));
    }

    private UUID reimbursedClaimWithAMessage(Member member) {
        registerEmail(member);
        UUID claimId = UUID.randomUUID();
        publish(ADJUDICATION, adjudicated(claimId, member, Channel.UPLOAD, ago(Duration.ofHours(2)), LocalDate.parse("2026-03-20")));
        publish(PAYMENT, reimbursed(claimId, ago(Duration.ofHours(1)), 900, LocalDate.parse("2026-03-16")));
        awaitStatus(claimId, ClaimStatus.REIMBURSED);
        eventually().until(() -> jdbc.sql("select count(*) from delivery where claim_id = :c and status = 'SENT'")
                .param("c", claimId).query(Integer.class).single() >= 1);
        return claimId;
    }

    private int claimsOfBeneficiary(Member member) {
        return body(mvc.get().uri("/api/v1/claims?beneficiary={nir}", NIR).header("X-Member-Contract", member.contract())
                .exchange()).get("total").asInt();
    }

    private JsonNode body(MvcTestResult result) {
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    private MvcTestResult erase(Member member) {
        return mvc.post().uri("/api/v1/privacy/erasure").header("X-Member-Contract", member.contract())
                .contentType(MediaType.APPLICATION_JSON).content("{}").exchange();
    }
}
