package fr.prestaflow.platform.crypto;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.convert.converter.Converter;

/**
 * Reads {@code prestaflow.crypto.keys} given as one string, {@code id=base64,id2=base64}, as environment variables are
 * easier to set that way ({@code PRESTAFLOW_CRYPTO_KEYS}). A YAML map under the same name wins over it.
 */
class KeyListConverter implements Converter<String, Map<String, String>> {

    @Override
    public Map<String, String> convert(String source) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String entry : source.split("[,\\s]+")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("prestaflow.crypto.keys: expected id=base64key, got an entry without"
                        + " '=' (entry " + (keys.size() + 1) + ")");
            }
            // base64 may end with '=': only the first one separates the id
            keys.put(entry.substring(0, equals).strip(), entry.substring(equals + 1).strip());
        }
        return keys;
    }
}
