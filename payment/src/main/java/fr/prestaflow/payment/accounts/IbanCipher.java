package fr.prestaflow.payment.accounts;

import fr.prestaflow.contracts.identity.Iban;
import fr.prestaflow.payment.PaymentProperties;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Seals IBANs at rest with AES-GCM: a fresh 12-byte nonce per value, stored in front of the ciphertext, and the account
 * id as associated data, so a ciphertext moved to another row fails to open. The key id travels with each value; see
 * the migration of {@code bank_account} for how a key is rotated.
 */
@Component
class IbanCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final String keyId;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    IbanCipher(PaymentProperties properties) {
        this(properties.encryptionKey(), properties.encryptionKeyId());
    }

    IbanCipher(String base64Key, String keyId) {
        if (base64Key == null || base64Key.isBlank()) {
            throw new IllegalStateException("prestaflow.payment.encryption-key is not set");
        }
        byte[] raw = Base64.getDecoder().decode(base64Key.strip());
        if (raw.length != 16 && raw.length != 24 && raw.length != 32) {
            throw new IllegalStateException("prestaflow.payment.encryption-key must be 16, 24 or 32 bytes, base64; got "
                    + raw.length + " bytes");
        }
        this.key = new SecretKeySpec(raw, "AES");
        this.keyId = Objects.requireNonNull(keyId, "keyId");
    }

    record Sealed(String keyId, byte[] bytes) {
    }

    Sealed seal(Iban iban, UUID accountId) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] ciphertext = run(Cipher.ENCRYPT_MODE, nonce, accountId, iban.value().getBytes(StandardCharsets.US_ASCII));
        return new Sealed(keyId, ByteBuffer.allocate(nonce.length + ciphertext.length).put(nonce).put(ciphertext).array());
    }

    Iban open(Sealed sealed, UUID accountId) {
        if (!keyId.equals(sealed.keyId())) {
            throw new IllegalStateException("IBAN of account " + accountId + " is sealed with key '" + sealed.keyId()
                    + "', which is not configured (current key: '" + keyId + "')");
        }
        byte[] bytes = sealed.bytes();
        byte[] nonce = Arrays.copyOfRange(bytes, 0, NONCE_BYTES);
        byte[] ciphertext = Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
        return new Iban(new String(run(Cipher.DECRYPT_MODE, nonce, accountId, ciphertext), StandardCharsets.US_ASCII));
    }

    private byte[] run(int mode, byte[] nonce, UUID accountId, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(accountId.toString().getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("IBAN of account " + accountId + " cannot be " + (mode == Cipher.ENCRYPT_MODE
                    ? "sealed" : "opened: wrong key or altered data"), e);
        }
    }
}
