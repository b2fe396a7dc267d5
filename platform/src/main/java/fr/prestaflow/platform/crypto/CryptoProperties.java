package fr.prestaflow.platform.crypto;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Keys that protect personal data at rest (docs/security.md).
 *
 * @param keys           key id → base64 AES-256 key; every id a stored value names must be here to read it. In the
 *                       environment: {@code PRESTAFLOW_CRYPTO_KEYS=k2026a=BASE64,k2025=BASE64}
 * @param currentKey     the id new values are encrypted with, and the one re-encryption moves old values to
 * @param blindIndexKey  base64 HMAC key (32 bytes) of the blind indexes used to look encrypted values up
 * @param reindex        recompute every blind index at the next start (after a blind-index key change)
 * @param allowDemoKeys  start with the bundled public demo keys although not in the local profile (tests only)
 */
@ConfigurationProperties("prestaflow.crypto")
public record CryptoProperties(Map<String, String> keys, String currentKey, String blindIndexKey,
                               @DefaultValue("false") boolean reindex, @DefaultValue("false") boolean allowDemoKeys) {

    public CryptoProperties {
        keys = keys == null ? Map.of() : Map.copyOf(keys);
    }
}
