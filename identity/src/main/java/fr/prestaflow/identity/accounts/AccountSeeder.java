package fr.prestaflow.identity.accounts;

import fr.prestaflow.identity.IdentityProperties;
import fr.prestaflow.identity.IdentityProperties.SeedUser;
import fr.prestaflow.identity.crypto.SecretBox;
import fr.prestaflow.identity.totp.Base32;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates or updates the accounts listed in {@code prestaflow.identity.users} (the demo users of the local profile). */
@Component
class AccountSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountSeeder.class);

    private final IdentityProperties properties;
    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final SecretBox secrets;

    AccountSeeder(IdentityProperties properties, AccountRepository accounts, PasswordEncoder passwords, SecretBox secrets) {
        this.properties = properties;
        this.accounts = accounts;
        this.passwords = passwords;
        this.secrets = secrets;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demoMode()) {
            log.warn("prestaflow.identity.demo-mode is on: demo accounts log in without a second factor. Never in production.");
        }
        for (SeedUser user : properties.users()) {
            seed(user);
        }
        if (!properties.users().isEmpty()) {
            log.info("{} configured accounts ready", properties.users().size());
        }
    }

    private void seed(SeedUser user) {
        if (user.username() == null || user.password() == null || user.password().isBlank()) {
            throw new IllegalArgumentException("A configured account needs a username and a password: " + user.username());
        }
        Set<String> configured = user.roles() == null || user.roles().isEmpty()
                ? (user.contractNumber() == null ? Set.of() : Set.of(Role.MEMBER.name()))
                : user.roles();
        if (configured.isEmpty()) {
            throw new IllegalArgumentException("A configured account needs roles: " + user.username());
        }
        Set<String> roles = new TreeSet<>();
        for (String role : configured) {
            roles.add(Role.valueOf(role.strip().toUpperCase(Locale.ROOT)).name());
        }
        if (roles.contains(Role.INTEGRATOR.name())) {
            throw new IllegalArgumentException("Integrators are OAuth2 clients (prestaflow.identity.clients), not accounts");
        }
        UUID id = accounts.upsert(user.username(), user.email(), passwords.encode(user.password()), user.contractNumber(),
                String.join(",", roles), user.demo());
        if (user.totpSecret() != null && !user.totpSecret().isBlank()) {
            accounts.setTotpSecret(id, secrets.seal(Base32.decode(user.totpSecret())));
        }
    }
}
