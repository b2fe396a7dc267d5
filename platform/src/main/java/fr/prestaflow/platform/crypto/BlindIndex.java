package fr.prestaflow.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 of a value under a key of its own: the same value always gives the same 64 hex characters, so an
 * encrypted column can still be looked up and kept unique ({@code where nir_index = :index}), while a stolen table
 * cannot be matched against a list of candidate NIRs without the key (a plain SHA-256 could).
 */
public final class BlindIndex {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public BlindIndex(String base64Key) {
        this.key = new SecretKeySpec(Keyring.decode("prestaflow.crypto.blind-index-key", base64Key), ALGORITHM);
    }

    public String of(String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new CryptoException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    public String ofNullable(String value) {
        return value == null ? null : of(value);
    }

    boolean uses(byte[] material) {
        return java.util.Arrays.equals(key.getEncoded(), material);
    }
}
