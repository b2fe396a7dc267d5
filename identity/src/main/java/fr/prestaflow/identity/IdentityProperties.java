package fr.prestaflow.identity;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code prestaflow.identity.*}. Accounts and clients listed here are created or updated at startup: the local profile
 * lists the demo users; production lists none (or its integrators, with secrets from the environment).
 *
 * @param issuer         the {@code iss} of every token and the base of the discovery document; the gateway checks it
 * @param encryptionKey  base64 of 32 random bytes: AES-256 key for TOTP secrets and the signing key at rest
 * @param demoMode       lets accounts marked {@code demo} log in without a second factor; never on in production
 */
@ConfigurationProperties("prestaflow.identity")
public record IdentityProperties(
        String issuer,
        @DefaultValue("prestaflow") String audience,
        @DefaultValue("15m") Duration accessTokenTtl,
        String encryptionKey,
        @DefaultValue("false") boolean demoMode,
        @DefaultValue("Prestaflow") String totpIssuer,
        @DefaultValue Lockout lockout,
        @DefaultValue List<SeedUser> users,
        @DefaultValue List<SeedClient> clients) {

    public IdentityProperties {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("prestaflow.identity.issuer (IDENTITY_ISSUER_URL) is required");
        }
        if (encryptionKey == null || encryptionKey.isBlank()) {
            throw new IllegalArgumentException("prestaflow.identity.encryption-key (IDENTITY_ENCRYPTION_KEY, base64 of 32"
                    + " random bytes, e.g. `openssl rand -base64 32`) is required");
        }
        users = List.copyOf(users);
        clients = List.copyOf(clients);
    }

    /** After {@code maxFailures} failed logins in a row the account refuses every login for {@code duration}. */
    public record Lockout(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration) {
    }

    /**
     * An account to create or update at startup.
     *
     * @param totpSecret base32; when set the account is enrolled with it (so a README can show how to compute a code)
     * @param demo       may skip the second factor when {@code demo-mode} is on
     */
    public record SeedUser(String username, String email, String password, String contractNumber, Set<String> roles,
                           String totpSecret, @DefaultValue("false") boolean demo) {
    }

    /** An integrator's OAuth2 client (client_credentials grant). */
    public record SeedClient(String clientId, String clientSecret, @DefaultValue("INTEGRATOR") Set<String> roles) {
    }
}
