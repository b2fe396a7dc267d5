package fr.prestaflow.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FieldCipherTest {

    static final String OLD = "mH4oFQ6bW8a3e0i0I6Qf4nq3s0V5dG1r3iFz8ZyJ1bQ=";
    static final String NEW = "oTq1b8mV3nC6xQ2yZ9r4s7u0w3e6t9y2u5i8o1p4a7s=";
    private static final String NIR = "180057512345622";

    private final FieldCipher cipher = new FieldCipher(new Keyring(Map.of("k1", OLD), "k1"));

    @Test
    void a_value_comes_back_as_it_went_in_and_is_not_stored_in_clear() {
        String sealed = cipher.encrypt(NIR);

        assertThat(sealed).startsWith("k1:").doesNotContain(NIR);
        assertThat(cipher.decrypt(sealed)).isEqualTo(NIR);
    }

    @Test
    void the_same_value_encrypted_twice_gives_two_different_ciphertexts() {
        assertThat(cipher.encrypt(NIR)).isNotEqualTo(cipher.encrypt(NIR));
    }

    @Test
    void an_altered_ciphertext_is_refused_rather_than_read_as_garbage() {
        String sealed = cipher.encrypt(NIR);
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 20] ^= 1;

        String altered = "k1:" + Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> cipher.decrypt(altered)).isInstanceOf(CryptoException.class)
                .hasMessageContaining("altered data");
    }

    @Test
    void a_value_opened_with_another_key_under_the_same_id_is_refused() {
        String sealed = cipher.encrypt(NIR);
        var impostor = new FieldCipher(new Keyring(Map.of("k1", NEW), "k1"));

        assertThatThrownBy(() -> impostor.decrypt(sealed)).isInstanceOf(CryptoException.class)
                .hasMessageContaining("altered data or wrong key");
    }

    @Test
    void a_value_sealed_with_a_key_no_longer_configured_names_that_key() {
        String sealed = cipher.encrypt(NIR);
        var rotated = new FieldCipher(new Keyring(Map.of("k2", NEW), "k2"));

        assertThatThrownBy(() -> rotated.decrypt(sealed)).isInstanceOf(CryptoException.class)
                .hasMessageContaining("key 'k1', which is not in prestaflow.crypto.keys (configured: k2)");
    }

    @Test
    void with_a_new_current_key_new_values_use_it_and_old_ones_still_open() {
        String old = cipher.encrypt(NIR);
        var rotated = new FieldCipher(new Keyring(Map.of("k1", OLD, "k2", NEW), "k2"));

        String fresh = rotated.encrypt(NIR);

        assertThat(fresh).startsWith("k2:");
        assertThat(rotated.decrypt(old)).isEqualTo(NIR);
        assertThat(rotated.isCurrent(old)).isFalse();
        assertThat(rotated.isCurrent(fresh)).isTrue();
    }

    @Test
    void bytes_open_only_with_the_context_they_were_sealed_for() {
        byte[] content = "000|NLF|180057512345622".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        FieldCipher.Sealed sealed = cipher.seal(content, "blob-1/0".getBytes());

        assertThat(sealed.keyId()).isEqualTo("k1");
        assertThat(new String(sealed.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(NIR);
        assertThat(cipher.open(sealed, "blob-1/0".getBytes())).isEqualTo(content);
        assertThatThrownBy(() -> cipher.open(sealed, "blob-1/1".getBytes())).isInstanceOf(CryptoException.class)
                .hasMessageContaining("altered data");
    }

    @Test
    void a_key_that_is_not_32_bytes_is_refused_at_startup() {
        assertThatThrownBy(() -> new Keyring(Map.of("k1", "c2hvcnQ="), "k1"))
                .hasMessageContaining("must be 32 bytes");
    }

    @Test
    void an_older_128_bit_key_is_only_read_never_used_for_new_values() {
        String aes128 = "AAECAwQFBgcICQoLDA0ODw==";

        assertThat(new Keyring(Map.of("old", aes128, "k1", OLD), "k1").ids()).contains("old");
        assertThatThrownBy(() -> new Keyring(Map.of("old", aes128), "old")).hasMessageContaining("to be the current key");
    }

    @Test
    void a_current_key_that_is_not_configured_is_refused_at_startup() {
        assertThatThrownBy(() -> new Keyring(Map.of("k1", OLD), "k2"))
                .hasMessageContaining("current-key 'k2' is not one of the configured keys [k1]");
    }

    @Test
    void a_clear_nir_is_not_taken_for_an_encrypted_value() {
        assertThat(FieldCipher.isSealed(NIR)).isFalse();
        assertThat(FieldCipher.isSealed("2A:" + NIR)).isFalse();
        assertThat(FieldCipher.isSealed(cipher.encrypt(NIR))).isTrue();
    }

    @Test
    void the_blind_index_of_a_value_is_stable_and_depends_on_its_key() {
        var index = new BlindIndex(OLD);

        assertThat(index.of(NIR)).hasSize(64).isEqualTo(index.of(NIR)).isNotEqualTo(index.of("280057512345622"));
        assertThat(new BlindIndex(NEW).of(NIR)).isNotEqualTo(index.of(NIR));
    }
}
