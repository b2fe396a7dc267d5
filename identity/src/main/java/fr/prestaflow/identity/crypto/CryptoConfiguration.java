package fr.prestaflow.identity.crypto;

import fr.prestaflow.identity.IdentityProperties;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    /**
     * New hashes are Argon2id ({@code {argon2}...}); bcrypt hashes still verify, so an import from another system or a
     * later change of default needs no migration.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    @Bean
    SecureRandom secureRandom() {
        return new SecureRandom();
    }

    @Bean
    SecretBox secretBox(IdentityProperties properties, SecureRandom random) {
        return new SecretBox(properties.encryptionKey(), random);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
