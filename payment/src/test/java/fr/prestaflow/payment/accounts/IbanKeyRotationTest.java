package fr.prestaflow.payment.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.payment.PaymentIntegrationTest;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** IBANs move onto the platform keyring without losing the ones sealed with payment's former key. */
class IbanKeyRotationTest extends PaymentIntegrationTest {

    @Autowired Flyway flyway;

    @Test
    void a_new_account_is_sealed_with_the_current_platform_key() {
        String contract = newContract();

        registerAccount(contract, IBAN_A);

        assertThat(keyId(contract)).isEqualTo("demo-1");
    }

    @Test
    void an_iban_sealed_with_the_former_payment_key_is_read_then_moved_to_the_current_key_at_the_next_start() {
        String contract = newContract();
        registerAccount(contract, IBAN_A);
        UUID id = jdbc.sql("select id from bank_account where payee_reference = :c").param("c", contract)
                .query(UUID.class).single();
        IbanCipher.Sealed legacy = LegacySeal.seal(IBAN_A, id, IbanCipherTest.LEGACY_KEY, "local-1");
        jdbc.sql("update bank_account set key_id = :k, iban_encrypted = :b where id = :id")
                .param("k", legacy.keyId()).param("b", legacy.bytes()).param("id", id).update();

        registerAccount(contract, IBAN_A); // the same IBAN again: read from the old ciphertext, so no new version
        assertThat(versions(contract)).isOne();

        flyway.migrate(); // what a restart does: migrations, then re-encryption with the current key

        assertThat(keyId(contract)).isEqualTo("demo-1");
        registerAccount(contract, IBAN_A);
        assertThat(versions(contract)).isOne();
    }

    @Test
    void the_member_s_data_export_opens_an_iban_still_sealed_with_the_former_payment_key() {
        String contract = newContract();
        registerAccount(contract, IBAN_B);
        UUID id = jdbc.sql("select id from bank_account where payee_reference = :c").param("c", contract)
                .query(UUID.class).single();
        IbanCipher.Sealed legacy = LegacySeal.seal(IBAN_B, id, IbanCipherTest.LEGACY_KEY, "local-1");
        jdbc.sql("update bank_account set key_id = :k, iban_encrypted = :b where id = :id")
                .param("k", legacy.keyId()).param("b", legacy.bytes()).param("id", id).update();

        JsonNode export = body(mvc.get().uri("/api/v1/privacy/export").header("X-Member-Contract", contract).exchange());

        assertThat(export.get("data").get("bankAccounts")).singleElement()
                .satisfies(account -> assertThat(account.get("iban").asString()).isEqualTo(IBAN_B));
    }

    private String keyId(String contract) {
        return jdbc.sql("select key_id from bank_account where payee_reference = :c order by version desc limit 1")
                .param("c", contract).query(String.class).single();
    }

    private long versions(String contract) {
        return jdbc.sql("select count(*) from bank_account where payee_reference = :c").param("c", contract)
                .query(Long.class).single();
    }
}
