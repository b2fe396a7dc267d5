package fr.prestaflow.identity.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.prestaflow.identity.accounts.AccountRepository;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** demo-mode (local profile only) lets accounts marked demo leave out the second factor, and no other account. */
@SpringBootTest(properties = "prestaflow.identity.demo-mode=true")
@ActiveProfiles("test")
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DemoModeTest {

    @Autowired Authenticator authenticator;
    @Autowired AccountRepository accounts;
    @Autowired PasswordEncoder passwords;

    @Test
    void a_demo_account_logs_in_without_a_second_factor() {
        String username = "demo." + UUID.randomUUID();
        accounts.upsert(username, null, passwords.encode("demo"), null, "OPS", true);

        assertThat(authenticator.login(new Credentials(username, "demo", null, null)).username()).isEqualTo(username);
    }

    @Test
    void an_account_not_marked_demo_still_needs_its_second_factor() {
        String username = "real." + UUID.randomUUID();
        accounts.upsert(username, null, passwords.encode("real"), null, "OPS", false);

        var refused = catchThrowableOfType(LoginRefused.class,
                () -> authenticator.login(new Credentials(username, "real", null, null)));

        assertThat(refused.code().name()).isEqualTo("TOTP_ENROLMENT_REQUIRED");
    }
}
