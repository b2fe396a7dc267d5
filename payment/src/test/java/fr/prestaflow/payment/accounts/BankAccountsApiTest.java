package fr.prestaflow.payment.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.Topics;
import fr.prestaflow.contracts.events.v1.EventHeaders;
import fr.prestaflow.payment.PaymentIntegrationTest;
import fr.prestaflow.platform.messaging.EventCodec;
import fr.prestaflow.testsupport.AuditLog;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

class BankAccountsApiTest extends PaymentIntegrationTest {

    @Autowired DataSource database;

    @Test
    void a_request_without_member_or_ops_identity_is_unauthenticated() {
        MvcTestResult result = mvc.get().uri("/api/v1/bank-accounts/me").exchange();

        assertThat(result).hasStatus(401).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(body(result).get("code").asString()).isEqualTo("UNAUTHENTICATED");
    }

    @ParameterizedTest(name = "{0} is refused for {1}")
    @CsvSource({
            "FR76, FORMAT",
            "not an iban, FORMAT",
            "US64SVBKUS6S3300958879, COUNTRY",
            "FR763000600001123456789018, LENGTH",
            "FR7630006000011234567890180, CHECKSUM"})
    void an_invalid_iban_is_refused_with_the_reason(String iban, String reason) {
        MvcTestResult result = registerAccount(newContract(), iban);

        assertThat(result).hasStatus(400);
        assertThat(body(result).get("code").asString()).isEqualTo("INVALID_IBAN");
        assertThat(body(result).get("reason").asString()).isEqualTo(reason);
    }

    @Test
    void a_bic_that_is_not_one_is_refused() {
        MvcTestResult result = mvc.put().uri("/api/v1/bank-accounts/me").header("X-Member-Contract", newContract())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"iban": "%s", "bic": "NOT A BIC", "holderName": "Jeanne Dupont"}""".formatted(IBAN_A))
                .exchange();

        assertThat(result).hasStatus(400);
        assertThat(body(result).get("code").asString()).isEqualTo("INVALID_BIC");
    }

    @Test
    void a_holder_name_without_any_latin_letter_is_refused_since_no_bank_file_could_carry_it() {
        MvcTestResult result = mvc.put().uri("/api/v1/bank-accounts/me").header("X-Member-Contract", newContract())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"iban": "%s", "holderName": "李小龍"}""".formatted(IBAN_A))
                .exchange();

        assertThat(result).hasStatus(400);
        assertThat(body(result).get("code").asString()).isEqualTo("INVALID_HOLDER_NAME");
    }

    @Test
    void the_registered_account_is_only_ever_shown_masked() {
        String contract = newContract();

        MvcTestResult registered = registerAccount(contract, "fr76 3000 6000 0112 3456 7890 189");
        MvcTestResult shown = mvc.get().uri("/api/v1/bank-accounts/me").header("X-Member-Contract", contract).exchange();

        assertThat(registered).hasStatusOk();
        assertThat(shown).hasStatusOk();
        JsonNode account = body(shown);
        assertThat(account.get("maskedIban").asString()).isEqualTo("FR76 •••• 0189");
        assertThat(account.get("holderName").asString()).isEqualTo("Jeanne Dupont-Lefevre");
        assertThat(account.get("status").asString()).isEqualTo("VALID");
        assertThat(account.get("version").asInt()).isEqualTo(1);
        assertThat(text(registered)).doesNotContain(IBAN_A).doesNotContain("12345678");
        assertThat(text(shown)).doesNotContain(IBAN_A).doesNotContain("12345678");
    }

    @Test
    void a_member_sees_their_own_account_and_never_another_members() {
        String mine = newContract();
        String theirs = newContract();
        registerAccount(mine, IBAN_A);
        registerAccount(theirs, IBAN_B);

        MvcTestResult seenByThem = mvc.get().uri("/api/v1/bank-accounts/me").header("X-Member-Contract", theirs).exchange();
        MvcTestResult seenByAStranger = mvc.get().uri("/api/v1/bank-accounts/me")
                .header("X-Member-Contract", newContract()).exchange();

        assertThat(body(seenByThem).get("maskedIban").asString()).isEqualTo("FR14 •••• 2606");
        assertThat(seenByAStranger).hasStatus(404);
        assertThat(body(seenByAStranger).get("code").asString()).isEqualTo("BANK_ACCOUNT_NOT_FOUND");
    }

    @Test
    void an_ops_agent_has_no_member_account_of_their_own() {
        MvcTestResult result = mvc.get().uri("/api/v1/bank-accounts/me").header("X-Role", OPS).exchange();

        assertThat(result).hasStatus(403);
        assertThat(body(result).get("code").asString()).isEqualTo("FORBIDDEN");
    }

    @Test
    void a_new_iban_adds_a_version_while_registering_the_same_one_again_changes_nothing() {
        String contract = newContract();
        registerAccount(contract, IBAN_A);
        registerAccount(contract, IBAN_A);

        MvcTestResult replaced = registerAccount(contract, IBAN_B);

        assertThat(body(replaced).get("version").asInt()).isEqualTo(2);
        assertThat(body(replaced).get("maskedIban").asString()).isEqualTo("FR14 •••• 2606");
        assertThat(jdbc.sql("select count(*) from bank_account where payee_reference = :c").param("c", contract)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void the_iban_is_not_stored_in_clear_anywhere_in_the_database() {
        String contract = newContract();
        registerAccount(contract, IBAN_C);

        String row = jdbc.sql("select row_to_json(b)::text from bank_account b where payee_reference = :c")
                .param("c", contract).query(String.class).single();
        byte[] sealed = jdbc.sql("select iban_encrypted from bank_account where payee_reference = :c")
                .param("c", contract).query((rs, n) -> rs.getBytes(1)).single();
        List<String> events = jdbc.sql("select payload::text from outbox_event_log where aggregateid = :c")
                .param("c", contract).query(String.class).list();

        assertThat(row).doesNotContain(IBAN_C).doesNotContain(IBAN_C.substring(4, 20)).contains("FR76 •••• 0129");
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(IBAN_C).doesNotContain("1010700101");
        assertThat(events).isNotEmpty().allSatisfy(payload -> assertThat(payload).doesNotContain(IBAN_C));
    }

    @Test
    void a_member_changing_their_account_is_told_through_the_bank_accounts_topic() {
        String contract = newContract();

        registerAccount(contract, IBAN_D);

        ConsumerRecord<String, String> record = awaitRecords(Topics.PAYMENT_BANK_ACCOUNTS,
                r -> contract.equals(r.key()), 1).getFirst();
        assertThat(EventCodec.header(record, EventHeaders.TYPE)).isEqualTo(BankAccountChanged.TYPE);
        BankAccountChanged changed = codec.read(record.value(), BankAccountChanged.class);
        assertThat(changed.contractNumber()).isEqualTo(contract);
        assertThat(changed.maskedIban()).isEqualTo("FR50 •••• 0111");
        assertThat(changed.occurredAt()).isEqualTo(NOW);
        assertThat(record.value()).doesNotContain(IBAN_D);
    }

    @Test
    void an_ops_agent_registering_and_reading_a_practitioner_s_account_is_audited() {
        String practitioner = "RPPS-" + newContract();
        String agent = AuditLog.newAgent();

        assertThat(mvc.put().uri("/api/v1/bank-accounts/practitioners/{ref}", practitioner).header("X-Role", OPS)
                .header("X-Agent", agent).contentType(MediaType.APPLICATION_JSON)
                .content("{\"iban\": \"%s\", \"holderName\": \"Cabinet Dr Martin\"}".formatted(IBAN_D)).exchange())
                .hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/bank-accounts/practitioners/{ref}", practitioner).header("X-Role", OPS)
                .header("X-Agent", agent).header("X-Access-Reason", "SUPPORT_TICKET").exchange()).hasStatusOk();

        assertThat(AuditLog.entriesOf(database, agent)).containsExactly(
                "UPDATE bank-account practitioner:" + practitioner + " - PAYMENT_INVESTIGATION",
                "READ bank-account practitioner:" + practitioner + " - SUPPORT_TICKET");
    }

    @Test
    void a_member_s_own_account_is_not_audited() {
        String contract = newContract();
        registerAccount(contract, IBAN_A);

        assertThat(mvc.get().uri("/api/v1/bank-accounts/me").header("X-Member-Contract", contract).exchange()).hasStatusOk();

        assertThat(AuditLog.entriesAbout(database, contract)).isEmpty();
    }

    @Test
    void ops_register_a_practitioners_account_for_tiers_payant_and_members_cannot() {
        String practitioner = "RPPS-" + newContract();
        String body = """
                {"iban": "%s", "bic": "CCBPFRPPXXX", "holderName": "Cabinet Dr Martin"}""".formatted(IBAN_D);

        MvcTestResult byOps = mvc.put().uri("/api/v1/bank-accounts/practitioners/{ref}", practitioner)
                .header("X-Role", OPS).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
        MvcTestResult byMember = mvc.put().uri("/api/v1/bank-accounts/practitioners/{ref}", practitioner)
                .header("X-Member-Contract", newContract()).contentType(MediaType.APPLICATION_JSON).content(body).exchange();

        assertThat(byOps).hasStatusOk();
        assertThat(body(byOps).get("bic").asString()).isEqualTo("CCBPFRPPXXX");
        assertThat(byMember).hasStatus(403);
    }
}
