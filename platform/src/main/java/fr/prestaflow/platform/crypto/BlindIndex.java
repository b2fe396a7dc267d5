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
    // one initialised Mac per thread: Mac.getInstance walks the security providers every time
    private final ThreadLocal<Mac> macs;

    public BlindIndex(String base64Key) {
        this.key = new SecretKeySpec(Keyring.decode("prestaflow.crypto.blind-index-key", base64Key), ALGORITHM);
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance(ALGORITHM);
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new CryptoException("HMAC-SHA256 is part of every JDK", e);
            }
        });
    }

    public String of(String value) {
        return HexFormat.of().formatHex(macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }

    public String ofNullable(String value) {
        return value == null ? null : of(value);
    }

    boolean uses(byte[] material) {
        return java.util.Arrays.equals(key.getEncoded(), material);
    }
}
