package fr.prestaflow.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts one column value with AES-256-GCM: {@code <keyId>:<base64(nonce | ciphertext | tag)>}, a fresh 96-bit nonce
 * each time. The key id in front lets values sealed with an old key be read until they are re-encrypted, so keys can be
 * rotated without a downtime. A value that was changed, or opened with the wrong key, fails instead of reading as
 * garbage. Binary data ({@link #seal}) keeps its key id in a column of its own and binds each ciphertext to where it
 * belongs (associated data), so that it cannot be moved to another row.
 */
public final class FieldCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final char SEPARATOR = ':';
    private static final byte[] NO_CONTEXT = new byte[0];
    private static final Pattern SEALED = Pattern.compile("[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{40,}={0,2}");
    // Cipher.getInstance walks the security providers every time; a thread's cipher is initialised afresh for each value
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance(TRANSFORMATION);
        } catch (GeneralSecurityException e) {
            throw new CryptoException("AES/GCM is part of every JDK", e);
        }
    });

    private final Keyring keyring;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(Keyring keyring) {
        this.keyring = keyring;
    }

    public String encrypt(String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] ciphertext = run(Cipher.ENCRYPT_MODE, keyring.current(), nonce, NO_CONTEXT,
                plaintext.getBytes(StandardCharsets.UTF_8));
        byte[] sealed = ByteBuffer.allocate(NONCE_BYTES + ciphertext.length).put(nonce).put(ciphertext).array();
        return keyring.currentId() + SEPARATOR + Base64.getEncoder().encodeToString(sealed);
    }

    public String decrypt(String sealed) {
        String keyId = keyIdOf(sealed);
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed.substring(keyId.length() + 1));
        } catch (IllegalArgumentException e) {
            throw new CryptoException("An encrypted value (key '" + keyId + "') is not valid base64: altered data");
        }
        if (bytes.length <= NONCE_BYTES) {
            throw new CryptoException("An encrypted value (key '" + keyId + "') is too short: altered data");
        }
        byte[] nonce = Arrays.copyOfRange(bytes, 0, NONCE_BYTES);
        byte[] ciphertext = Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
        return new String(run(Cipher.DECRYPT_MODE, keyring.get(keyId), nonce, NO_CONTEXT, ciphertext),
                StandardCharsets.UTF_8);
    }

    /** Bytes sealed with a key: {@code bytes} is {@code nonce | ciphertext | tag}. */
    public record Sealed(String keyId, byte[] bytes) {
    }

    /** Encrypts with the current key; {@code context} (a row id, say) must be given again to open. */
    public Sealed seal(byte[] plaintext, byte[] context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] ciphertext = run(Cipher.ENCRYPT_MODE, keyring.current(), nonce, context, plaintext);
        return new Sealed(keyring.currentId(),
                ByteBuffer.allocate(NONCE_BYTES + ciphertext.length).put(nonce).put(ciphertext).array());
    }

    public byte[] open(Sealed sealed, byte[] context) {
        byte[] bytes = sealed.bytes();
        if (bytes.length <= NONCE_BYTES) {
            throw new CryptoException("Encrypted bytes (key '" + sealed.keyId() + "') are too short: altered data");
        }
        return run(Cipher.DECRYPT_MODE, keyring.get(sealed.keyId()), Arrays.copyOfRange(bytes, 0, NONCE_BYTES), context,
                Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length));
    }

    /** Null stays null: optional columns go through unchanged. */
    public String encryptNullable(String plaintext) {
        return plaintext == null ? null : encrypt(plaintext);
    }

    public String decryptNullable(String sealed) {
        return sealed == null ? null : decrypt(sealed);
    }

    /** True when {@code value} has the shape of this cipher's output; a clear NIR (no ':') never has. */
    public static boolean isSealed(String value) {
        return SEALED.matcher(value).matches();
    }

    public boolean isCurrent(String sealed) {
        return isSealed(sealed) && keyIdOf(sealed).equals(keyring.currentId());
    }

    public String currentKeyId() {
        return keyring.currentId();
    }

    static String keyIdOf(String sealed) {
        int separator = sealed.indexOf(SEPARATOR);
        if (separator <= 0) {
            throw new CryptoException("Not an encrypted value: no key id in front");
        }
        return sealed.substring(0, separator);
    }

    private static byte[] run(int mode, SecretKey key, byte[] nonce, byte[] context, byte[] input) {
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            if (context.length > 0) {
                cipher.updateAAD(context);
            }
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new CryptoException(mode == Cipher.ENCRYPT_MODE ? "A value cannot be encrypted"
                    : "An encrypted value cannot be opened: altered data or wrong key", e);
        }
    }
}
