package fr.prestaflow.payment.accounts;

import fr.prestaflow.contracts.identity.Iban;
import fr.prestaflow.platform.crypto.CryptoException;
import fr.prestaflow.platform.crypto.FieldCipher;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Seals IBANs at rest with the platform's AES-GCM {@link FieldCipher}: a fresh 12-byte nonce per value, stored in front
 * of the ciphertext, the key id in {@code bank_account.key_id}, and the account id as associated data, so a ciphertext
 * moved to another row fails to open. The layout is the one this class had before the platform keyring, so rows sealed
 * then with {@code PAYMENT_ENCRYPTION_KEY} still open once that key is in the keyring under its old id
 * (docs/security.md).
 */
@Component
class IbanCipher {

    private final FieldCipher cipher;

    IbanCipher(FieldCipher cipher) {
        this.cipher = cipher;
    }

    record Sealed(String keyId, byte[] bytes) {
    }

    Sealed seal(Iban iban, UUID accountId) {
        FieldCipher.Sealed sealed = cipher.seal(iban.value().getBytes(StandardCharsets.US_ASCII), context(accountId));
        return new Sealed(sealed.keyId(), sealed.bytes());
    }

    Iban open(Sealed sealed, UUID accountId) {
        try {
            byte[] clear = cipher.open(new FieldCipher.Sealed(sealed.keyId(), sealed.bytes()), context(accountId));
            return new Iban(new String(clear, StandardCharsets.US_ASCII));
        } catch (CryptoException e) {
            throw new CryptoException("IBAN of account " + accountId + " cannot be opened: " + e.getMessage(), e);
        }
    }

    private static byte[] context(UUID accountId) {
        return accountId.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
