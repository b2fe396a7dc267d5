package fr.prestaflow.payment.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.prestaflow.contracts.identity.Iban;
import fr.prestaflow.platform.crypto.FieldCipher;
import fr.prestaflow.platform.crypto.Keyring;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IbanCipherTest {

    static final String LEGACY_KEY = "v/RlpEZj0NpmNJhF2B96nGdHyma9NNs+XhZavBWGwAo=";
    private static final String NEW_KEY = "mH4oFQ6bW8a3e0i0I6Qf4nq3s0V5dG1r3iFz8ZyJ1bQ=";
    private static final Iban IBAN = new Iban("FR7630006000011234567890189");

    private final IbanCipher cipher = new IbanCipher(new FieldCipher(new Keyring(Map.of("k1", LEGACY_KEY), "k1")));
    private final UUID account = UUID.randomUUID();

    @Test
    void a_sealed_iban_opens_back_to_the_same_iban() {
        IbanCipher.Sealed sealed = cipher.seal(IBAN, account);

        assertThat(cipher.open(sealed, account)).isEqualTo(IBAN);
        assertThat(sealed.keyId()).isEqualTo("k1");
    }

    @Test
    void the_same_iban_sealed_twice_gives_two_different_ciphertexts_neither_holding_the_iban() {
        IbanCipher.Sealed first = cipher.seal(IBAN, account);
        IbanCipher.Sealed second = cipher.seal(IBAN, account);

        assertThat(first.bytes()).isNotEqualTo(second.bytes());
        assertThat(new String(first.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain(IBAN.value());
    }

    @Test
    void a_ciphertext_copied_to_another_account_does_not_open() {
        IbanCipher.Sealed sealed = cipher.seal(IBAN, account);

        assertThatThrownBy(() -> cipher.open(sealed, UUID.randomUUID())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("altered data or wrong key");
    }

    @Test
    void a_value_sealed_under_a_key_id_no_longer_configured_names_that_key() {
        IbanCipher.Sealed sealed = new IbanCipher(new FieldCipher(new Keyring(Map.of("k0", NEW_KEY), "k0")))
                .seal(IBAN, account);

        assertThatThrownBy(() -> cipher.open(sealed, account)).hasMessageContaining("'k0'");
    }

    @Test
    void an_iban_sealed_by_payment_before_the_platform_keyring_still_opens() {
        IbanCipher.Sealed legacy = LegacySeal.seal(IBAN.value(), account, LEGACY_KEY, "local-1");
        var keyring = new Keyring(Map.of("local-1", LEGACY_KEY, "k2", NEW_KEY), "k2");

        assertThat(new IbanCipher(new FieldCipher(keyring)).open(legacy, account)).isEqualTo(IBAN);
    }
}
