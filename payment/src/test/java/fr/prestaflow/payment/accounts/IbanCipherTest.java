package fr.prestaflow.payment.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.prestaflow.contracts.identity.Iban;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IbanCipherTest {

    private static final String KEY = "v/RlpEZj0NpmNJhF2B96nGdHyma9NNs+XhZavBWGwAo=";
    private static final Iban IBAN = new Iban("FR7630006000011234567890189");

    private final IbanCipher cipher = new IbanCipher(KEY, "k1");
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

        assertThatThrownBy(() -> cipher.open(sealed, UUID.randomUUID())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_value_sealed_under_another_key_id_is_not_opened_with_the_current_key() {
        IbanCipher.Sealed sealed = new IbanCipher(KEY, "k0").seal(IBAN, account);

        assertThatThrownBy(() -> cipher.open(sealed, account)).hasMessageContaining("k0");
    }

    @Test
    void a_key_of_the_wrong_size_stops_the_service_at_start_up() {
        assertThatThrownBy(() -> new IbanCipher("c2hvcnQ=", "k1")).hasMessageContaining("16, 24 or 32 bytes");
    }
}
