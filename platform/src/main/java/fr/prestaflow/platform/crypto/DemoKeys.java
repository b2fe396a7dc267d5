package fr.prestaflow.platform.crypto;

import java.util.Base64;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The keys bundled in {@code prestaflow-platform.properties} are public (they are in the repository): good for the
 * local stack and tests, worthless anywhere else. A service given one of them outside the local profile refuses to
 * start, before any migration or re-encryption could seal personal data with it: a deployment that forgot
 * {@code PRESTAFLOW_CRYPTO_*} fails loudly instead of running on public keys.
 */
final class DemoKeys {

    static final String CIPHER_KEY = "5oaRyVsFXNTy6yVyRsxzx/1HQugu4uUNcoSe+3Q70lI=";
    static final String BLIND_INDEX_KEY = "i1xoB5jhT4fJpdOQ34tL6G+VSh3KxxooApyBdyH2YSw=";
    /** Payment's IBAN key before the platform keyring, public in its application.yml. */
    static final String PAYMENT_LEGACY_KEY = "v/RlpEZj0NpmNJhF2B96nGdHyma9NNs+XhZavBWGwAo=";

    private DemoKeys() {
    }

    static boolean inUse(Keyring keyring) {
        return keyring.uses(Base64.getDecoder().decode(CIPHER_KEY))
                || keyring.uses(Base64.getDecoder().decode(PAYMENT_LEGACY_KEY));
    }

    static boolean inUse(BlindIndex blindIndex) {
        return blindIndex.uses(Base64.getDecoder().decode(BLIND_INDEX_KEY));
    }

    static boolean localProfile(Environment environment) {
        return environment.acceptsProfiles(Profiles.of("local"))
                || "local".equals(environment.getProperty("PRESTAFLOW_PROFILE"));
    }

    static void refuseOutsideLocal(boolean inUse, CryptoProperties properties, Environment environment) {
        if (inUse && !properties.allowDemoKeys() && !localProfile(environment)) {
            throw new IllegalStateException("Refusing to start: personal data (NIR, IBAN) would be encrypted with the "
                    + "PUBLIC demo keys bundled in the repository. Set PRESTAFLOW_CRYPTO_KEYS, "
                    + "PRESTAFLOW_CRYPTO_CURRENT_KEY and PRESTAFLOW_CRYPTO_BLIND_INDEX_KEY (docs/security.md); only the "
                    + "local stack (PRESTAFLOW_PROFILE=local) may run with them.");
        }
    }
}
