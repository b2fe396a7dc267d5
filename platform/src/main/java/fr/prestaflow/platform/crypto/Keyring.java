package fr.prestaflow.platform.crypto;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES keys a service knows, by id, and the one it encrypts with. New values are always encrypted with a 256-bit
 * key; an older 128- or 192-bit key (payment's IBAN key before the platform cipher) is only read, until re-encryption.
 */
public final class Keyring {

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final int KEY_BYTES = 32;

    private final Map<String, SecretKey> keys;
    private final String currentId;

    public Keyring(Map<String, String> base64Keys, String currentId) {
        if (base64Keys.isEmpty()) {
            throw new CryptoException("prestaflow.crypto.keys is empty: no key to encrypt personal data with");
        }
        Map<String, SecretKey> parsed = new LinkedHashMap<>();
        base64Keys.forEach((id, base64) -> parsed.put(checkedId(id),
                new SecretKeySpec(decode(id, base64, 16, 24, KEY_BYTES), "AES")));
        if (currentId == null || !parsed.containsKey(currentId)) {
            throw new CryptoException("prestaflow.crypto.current-key '" + currentId + "' is not one of the configured keys "
                    + parsed.keySet());
        }
        if (parsed.get(currentId).getEncoded().length != KEY_BYTES) {
            throw new CryptoException("Key '" + currentId + "' must be " + KEY_BYTES + " bytes to be the current key "
                    + "(base64 of `openssl rand 32`)");
        }
        this.keys = Map.copyOf(parsed);
        this.currentId = currentId;
    }

    public String currentId() {
        return currentId;
    }

    public Set<String> ids() {
        return keys.keySet();
    }

    SecretKey current() {
        return keys.get(currentId);
    }

    SecretKey get(String id) {
        SecretKey key = keys.get(id);
        if (key == null) {
            throw new CryptoException("A value is encrypted with key '" + id + "', which is not in prestaflow.crypto.keys "
                    + "(configured: " + String.join(", ", keys.keySet().stream().sorted().toList())
                    + "); put that key back, or re-encrypt before removing a key (docs/security.md)");
        }
        return key;
    }

    boolean uses(byte[] material) {
        return keys.values().stream().anyMatch(key -> java.util.Arrays.equals(key.getEncoded(), material));
    }

    private static String checkedId(String id) {
        if (!KEY_ID.matcher(id).matches()) {
            throw new CryptoException("Key id '" + id + "' must be 1 to 32 letters, digits, '-' or '_'");
        }
        return id;
    }

    static byte[] decode(String name, String base64) {
        return decode(name, base64, KEY_BYTES);
    }

    private static byte[] decode(String name, String base64, int... sizes) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            throw new CryptoException("Key '" + name + "' is not valid base64");
        }
        for (int size : sizes) {
            if (raw.length == size) {
                return raw;
            }
        }
        throw new CryptoException("Key '" + name + "' must be " + KEY_BYTES + " bytes (base64 of `openssl rand 32`); got "
                + raw.length);
    }
}
