package fr.prestaflow.payment.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.events.v1.ClaimAdjudicated;
import fr.prestaflow.payment.PaymentIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

class PaymentPrivacyTest extends PaymentIntegrationTest {


    @Test
    void the_member_s_export_holds_their_full_iban_and_orders_and_nothing_of_another_member() {
        String member = newContract();
        String other = newContract();
        registerAccount(member, IBAN_A);
        registerAccount(other, IBAN_B);
        ClaimAdjudicated claim = readyOrder(member, 4_200);
        ClaimAdjudicated otherClaim = readyOrder(other, 1_000);

        JsonNode export = body(mvc.get().uri("/api/v1/privacy/export").header("X-Member-Contract", member).exchange());

        JsonNode data = export.get("data");
        assertThat(data.get("bankAccounts")).singleElement()
                .satisfies(account -> assertThat(account.get("iban").asString()).isEqualTo(IBAN_A));
        assertThat(data.get("paymentOrders")).singleElement()
                .satisfies(order -> assertThat(order.get("claim_id").asString()).isEqualTo(claim.claimId().toString()));
        assertThat(export.toString()).doesNotContain(IBAN_B).doesNotContain(otherClaim.claimId().toString());
    }

    @Test
    void an_ops_export_shows_the_iban_masked_only() {
        String member = newContract();
        registerAccount(member, IBAN_C);

        JsonNode export = body(mvc.get().uri("/api/v1/privacy/export?contract={c}", member).header("X-Role", OPS).exchange());

        assertThat(export.get("data").get("bankAccounts").get(0).has("iban")).isFalse();
        assertThat(export.toString()).doesNotContain(IBAN_C);
    }

    @Test
    void erasure_is_refused_while_an_order_waits_for_the_bank() {
        String member = newContract();
        registerAccount(member, IBAN_A);
        ClaimAdjudicated claim = readyOrder(member, 700);

        MvcTestResult result = erase(member);

        assertThat(result).hasStatus(409).bodyJson().extractingPath("$.code").isEqualTo("ERASURE_BLOCKED_CLAIMS_IN_PROGRESS");
        assertThat(body(result).get("claims").get(0).asString()).isEqualTo(claim.claimId().toString());
        assertThat(holderNames(member)).containsExactly("Jeanne Dupont-Lefevre");
    }

    @Test
    void erasure_keeps_the_paid_account_pseudonymised_and_invalidated_deletes_the_unused_one_and_records_why() {
        String member = newContract();
        registerAccount(member, IBAN_A);
        paid(readyOrder(member, 2_500));
        registerAccount(member, IBAN_D); // a newer account no order was paid to

        MvcTestResult result = erase(member);

        assertThat(result).hasStatus(200);
        assertThat(holderNames(member)).containsExactly("ERASED");
        assertThat(jdbc.sql("select count(*) from bank_account where payee_reference = :c and invalidated_at is null")
                .param("c", member).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from payment_order where contract_number = :c and status = 'PAID'")
                .param("c", member).query(Integer.class).single()).isEqualTo(1);
        JsonNode retention = body(mvc.get().uri("/api/v1/privacy/retention?contract={c}", member).header("X-Role", OPS).exchange());
        assertThat(retention.findValues("category").stream().map(JsonNode::asString)).contains("payment orders",
                "SEPA credit transfer files (pain.001) and bank status reports");
        assertThat(retention.get(0).get("keptUntil").asString()).isEqualTo("2035-04-18");
    }

    @Test
    void a_second_erasure_changes_nothing() {
        String member = newContract();
        registerAccount(member, IBAN_B);
        JsonNode first = body(erase(member));

        JsonNode second = body(erase(member));

        assertThat(first.get("erased").get(0).get("count").asInt()).isEqualTo(1);
        assertThat(second.get("erased").findValues("count")).allSatisfy(count -> assertThat(count.asInt()).isZero());
        assertThat(second.get("kept")).isEqualTo(first.get("kept"));
    }

    private ClaimAdjudicated readyOrder(String contract, long cents) {
        ClaimAdjudicated claim = adjudicated(contract, cents);
        publish(claim);
        awaitOrder(claim.claimId(), "READY");
        return claim;
    }

    private void paid(ClaimAdjudicated claim) {
        UUID batchId = batchIdOf(createBatch());
        assertThat(postReport(batchId, statusReport(batchId, Map.of(), "PRIVACY"))).hasStatusOk();
        awaitOrder(claim.claimId(), "PAID");
    }

    private List<String> holderNames(String contract) {
        return jdbc.sql("select holder_name from bank_account where payee_reference = :c").param("c", contract)
                .query(String.class).list();
    }

    private MvcTestResult erase(String member) {
        return mvc.post().uri("/api/v1/privacy/erasure").header("X-Member-Contract", member)
                .contentType(MediaType.APPLICATION_JSON).content("{}").exchange();
    }
}
