package fr.prestaflow.identity;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import fr.prestaflow.identity.accounts.AccountRepository;
import fr.prestaflow.identity.crypto.SecretBox;
import fr.prestaflow.identity.totp.Base32;
import fr.prestaflow.identity.totp.Totp;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Spring context for identity's tests, on the JVM's shared PostgreSQL (test-support), with a clock the tests move.
 * Each test creates its own accounts, so lockouts and used codes never leak between tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(IdentityTest.TestClock.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class IdentityTest {

    protected static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger accounts = new AtomicInteger();

    @Autowired protected MockMvcTester mvc;
    @Autowired protected MutableClock clock;
    @Autowired protected AccountRepository accountRepository;
    @Autowired protected PasswordEncoder passwords;
    @Autowired protected SecretBox secrets;
    @Autowired protected JsonMapper json;
    @Autowired private JWKSource<SecurityContext> jwkSource;

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }

    /** A member with a contract, enrolled with a fresh TOTP secret. */
    protected TestAccount enrolledMember() {
        TestAccount account = newMember();
        byte[] secret = new byte[20];
        new SecureRandom().nextBytes(secret);
        accountRepository.setTotpSecret(account.id(), secrets.seal(secret));
        return account.withSecret(secret);
    }

    /** A member who has not enrolled an authenticator app yet. */
    protected TestAccount newMember() {
        int n = accounts.incrementAndGet();
        String contract = "CT-T%05d-%s".formatted(n, UUID.randomUUID().toString().substring(0, 6)).toUpperCase();
        UUID id = accountRepository.upsert(contract.toLowerCase(), "member" + n + "." + UUID.randomUUID() + "@example.org",
                passwords.encode(PASSWORD), contract, "MEMBER", false);
        return new TestAccount(id, contract.toLowerCase(), contract, null);
    }

    protected TestAccount enrolledStaff(String roles) {
        String username = "agent." + UUID.randomUUID();
        UUID id = accountRepository.upsert(username, null, passwords.encode(PASSWORD), null, roles, false);
        byte[] secret = new byte[20];
        new SecureRandom().nextBytes(secret);
        accountRepository.setTotpSecret(id, secrets.seal(secret));
        return new TestAccount(id, username, null, secret);
    }

    public record TestAccount(UUID id, String username, String contract, byte[] secret) {
        TestAccount withSecret(byte[] newSecret) {
            return new TestAccount(id, username, contract, newSecret);
        }
    }

    protected String codeNow(byte[] secret) {
        return Totp.codeAt(secret, clock.instant());
    }

    protected String codeNow(String base32Secret) {
        return codeNow(Base32.decode(base32Secret));
    }

    /** Moves past the current TOTP step, since each code is accepted once. */
    protected void nextStep() {
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
    }

    protected MvcTestResult post(String path, Map<String, ?> body) {
        return mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)).exchange();
    }

    protected MvcTestResult login(String username, String password, String totp) {
        return post("/api/v1/auth/token", totp == null ? Map.of("username", username, "password", password)
                : Map.of("username", username, "password", password, "totp", totp));
    }

    protected JsonNode body(MvcTestResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }

    /** Checks the signature with identity's published key; times are checked by the tests themselves (clock moves). */
    protected Jwt decode(String token) {
        NimbusJwtDecoder decoder = (NimbusJwtDecoder) OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
        decoder.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        return decoder.decode(token);
    }
}
