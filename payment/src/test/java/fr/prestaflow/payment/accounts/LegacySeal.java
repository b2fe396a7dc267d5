package fr.prestaflow.payment.accounts;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** How payment sealed IBANs before the platform keyring (PAYMENT_ENCRYPTION_KEY): rows like these exist in databases. */
final class LegacySeal {

    private LegacySeal() {
    }

    static IbanCipher.Sealed seal(String iban, UUID accountId, String base64Key, String keyId) {
        try {
            byte[] nonce = new byte[12];
            new SecureRandom().nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(base64Key), "AES"),
                    new GCMParameterSpec(128, nonce));
            cipher.updateAAD(accountId.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] ciphertext = cipher.doFinal(iban.getBytes(StandardCharsets.US_ASCII));
            return new IbanCipher.Sealed(keyId,
                    ByteBuffer.allocate(nonce.length + ciphertext.length).put(nonce).put(ciphertext).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
