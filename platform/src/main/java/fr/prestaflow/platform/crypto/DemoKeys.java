package fr.prestaflow.platform.crypto;

import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The keys bundled in {@code prestaflow-platform.properties} are public (they are in the repository): good for the
 * local stack and tests, worthless anywhere else. A service that starts with one of them outside the local profile says
 * so loudly at startup.
 */
final class DemoKeys implements SmartInitializingSingleton {

    static final String CIPHER_KEY = "5oaRyVsFXNTy6yVyRsxzx/1HQugu4uUNcoSe+3Q70lI=";
    static final String BLIND_INDEX_KEY = "i1xoB5jhT4fJpdOQ34tL6G+VSh3KxxooApyBdyH2YSw=";
    /** Payment's IBAN key before the platform keyring, public in its application.yml. */
    static final String PAYMENT_LEGACY_KEY = "v/RlpEZj0NpmNJhF2B96nGdHyma9NNs+XhZavBWGwAo=";

    private static final Logger log = LoggerFactory.getLogger(DemoKeys.class);

    private final Keyring keyring;
    private final BlindIndex blindIndex;
    private final Environment environment;

    DemoKeys(Keyring keyring, BlindIndex blindIndex, Environment environment) {
        this.keyring = keyring;
        this.blindIndex = blindIndex;
        this.environment = environment;
    }

    boolean inUse() {
        return keyring.uses(Base64.getDecoder().decode(CIPHER_KEY))
                || keyring.uses(Base64.getDecoder().decode(PAYMENT_LEGACY_KEY))
                || blindIndex.uses(Base64.getDecoder().decode(BLIND_INDEX_KEY));
    }

    boolean localProfile() {
        return environment.acceptsProfiles(Profiles.of("local"))
                || "local".equals(environment.getProperty("PRESTAFLOW_PROFILE"));
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (inUse() && !localProfile()) {
            log.warn("SECURITY: personal data (NIR, IBAN) is encrypted with the PUBLIC demo keys bundled in the "
                    + "repository. Set PRESTAFLOW_CRYPTO_KEYS, PRESTAFLOW_CRYPTO_CURRENT_KEY and "
                    + "PRESTAFLOW_CRYPTO_BLIND_INDEX_KEY (docs/security.md); only the local stack "
                    + "(PRESTAFLOW_PROFILE=local) may run with them.");
        }
    }
}
