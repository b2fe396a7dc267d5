package fr.prestaflow.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.identity.IdentityTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

class LoginTest extends IdentityTest {

    @Test
    void a_member_logs_in_with_password_and_totp_and_gets_a_signed_token_with_their_contract() throws Exception {
        TestAccount member = enrolledMember();

        MvcTestResult result = login(member.username(), PASSWORD, codeNow(member.secret()));

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
        JsonNode body = body(result);
        assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(900);
        Jwt jwt = decode(body.get("access_token").asString());
        assertThat(jwt.getSubject()).isEqualTo(member.username());
        assertThat(jwt.getIssuer()).hasToString("http://identity.test");
        assertThat(jwt.getAudience()).containsExactly("prestaflow");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("MEMBER");
        assertThat(jwt.getClaimAsString("contract")).isEqualTo(member.contract());
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(15));
        assertThat(jwt.getHeaders()).containsKey("kid");
    }

    @Test
    void a_member_may_log_in_with_their_email_and_a_form_body() throws Exception {
        TestAccount member = enrolledMember();
        String email = accountRepository.findById(member.id()).orElseThrow().email().orElseThrow();

        MvcTestResult result = mvc.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("username", email.toUpperCase()).param("password", PASSWORD).param("totp", codeNow(member.secret()))
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(decode(body(result).get("access_token").asString()).getSubject()).isEqualTo(member.username());
    }

    @Test
    void an_ops_agent_gets_their_roles_and_no_contract() throws Exception {
        TestAccount agent = enrolledStaff("OPS,SUPERVISOR");

        MvcTestResult result = login(agent.username(), PASSWORD, codeNow(agent.secret()));

        Jwt jwt = decode(body(result).get("access_token").asString());
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("OPS", "SUPERVISOR");
        assertThat(jwt.hasClaim("contract")).isFalse();
    }

    @Test
    void a_wrong_totp_code_is_refused() throws Exception {
        TestAccount member = enrolledMember();
        String wrong = codeNow(member.secret()).equals("000000") ? "000001" : "000000";

        MvcTestResult result = login(member.username(), PASSWORD, wrong);

        assertThat(result).hasStatus(401).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(body(result).get("code").asString()).isEqualTo("INVALID_TOTP");
    }

    @Test
    void a_totp_code_is_accepted_once() throws Exception {
        TestAccount member = enrolledMember();
        String code = codeNow(member.secret());
        assertThat(login(member.username(), PASSWORD, code)).hasStatusOk();

        MvcTestResult replay = login(member.username(), PASSWORD, code);

        assertThat(replay).hasStatus(401);
        assertThat(body(replay).get("code").asString()).isEqualTo("INVALID_TOTP");
    }

    @Test
    void the_password_alone_is_not_enough() throws Exception {
        TestAccount member = enrolledMember();

        MvcTestResult result = login(member.username(), PASSWORD, null);

        assertThat(result).hasStatus(401);
        assertThat(body(result).get("code").asString()).isEqualTo("TOTP_REQUIRED");
    }

    @Test
    void a_wrong_password_and_an_unknown_user_look_the_same() throws Exception {
        TestAccount member = enrolledMember();

        MvcTestResult wrongPassword = login(member.username(), "not the password", codeNow(member.secret()));
        MvcTestResult unknown = login("nobody-" + member.username(), PASSWORD, codeNow(member.secret()));

        assertThat(wrongPassword).hasStatus(401);
        assertThat(unknown).hasStatus(401);
        assertThat(body(wrongPassword).get("code").asString()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(body(unknown).get("detail")).isEqualTo(body(wrongPassword).get("detail"));
    }

    @Test
    void five_failures_in_a_row_lock_the_account_for_fifteen_minutes() throws Exception {
        TestAccount member = enrolledMember();
        for (int i = 0; i < 5; i++) {
            assertThat(login(member.username(), "wrong " + i, null)).hasStatus(401);
        }

        MvcTestResult locked = login(member.username(), PASSWORD, codeNow(member.secret()));

        assertThat(locked).hasStatus(423);
        assertThat(body(locked).get("code").asString()).isEqualTo("ACCOUNT_LOCKED");
        assertThat(Long.parseLong(locked.getResponse().getHeader("Retry-After"))).isBetween(890L, 901L);
        clock.advance(Duration.ofMinutes(14));
        assertThat(login(member.username(), PASSWORD, codeNow(member.secret()))).hasStatus(423);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(login(member.username(), PASSWORD, codeNow(member.secret()))).hasStatusOk();
    }

    @Test
    void wrong_totp_codes_count_towards_the_lockout_and_a_success_resets_the_count() throws Exception {
        TestAccount member = enrolledMember();
        for (int i = 0; i < 4; i++) {
            login(member.username(), PASSWORD, "999999".equals(codeNow(member.secret())) ? "999998" : "999999");
        }
        assertThat(login(member.username(), PASSWORD, codeNow(member.secret()))).hasStatusOk();
        nextStep();

        for (int i = 0; i < 4; i++) {
            assertThat(login(member.username(), "wrong", null)).hasStatus(401);
        }

        assertThat(login(member.username(), PASSWORD, codeNow(member.secret()))).hasStatusOk();
        assertThat(accountRepository.findById(member.id()).orElseThrow().failedAttempts()).isZero();
    }

    @Test
    void an_account_without_an_authenticator_app_must_enrol_first() throws Exception {
        TestAccount member = newMember();

        MvcTestResult result = login(member.username(), PASSWORD, null);

        assertThat(result).hasStatus(403);
        assertThat(body(result).get("code").asString()).isEqualTo("TOTP_ENROLMENT_REQUIRED");
    }

    @Test
    void enrolment_gives_a_secret_an_otpauth_uri_and_ten_recovery_codes_active_once_confirmed() throws Exception {
        TestAccount member = newMember();

        MvcTestResult started = post("/api/v1/auth/totp/enrolment", Map.of("username", member.username(), "password", PASSWORD));

        assertThat(started).hasStatus(201);
        JsonNode enrolment = body(started);
        String secret = enrolment.get("secret").asString();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(enrolment.get("otpauthUri").asString())
                .startsWith("otpauth://totp/Prestaflow:" + member.username() + "?secret=" + secret)
                .contains("issuer=Prestaflow", "digits=6", "period=30", "algorithm=SHA1");
        assertThat(enrolment.get("recoveryCodes")).hasSize(10);
        assertThat(login(member.username(), PASSWORD, codeNow(secret))).hasStatus(403); // not confirmed yet

        MvcTestResult confirmed = post("/api/v1/auth/totp/confirmation",
                Map.of("username", member.username(), "password", PASSWORD, "totp", codeNow(secret)));

        assertThat(confirmed).hasStatus(204);
        nextStep();
        assertThat(login(member.username(), PASSWORD, codeNow(secret))).hasStatusOk();
    }

    @Test
    void a_confirmation_with_a_wrong_code_keeps_the_enrolment_pending() throws Exception {
        TestAccount member = newMember();
        String secret = body(post("/api/v1/auth/totp/enrolment", Map.of("username", member.username(), "password", PASSWORD)))
                .get("secret").asString();
        String wrong = codeNow(secret).equals("123456") ? "654321" : "123456";

        MvcTestResult refused = post("/api/v1/auth/totp/confirmation",
                Map.of("username", member.username(), "password", PASSWORD, "totp", wrong));

        assertThat(refused).hasStatus(401);
        assertThat(post("/api/v1/auth/totp/confirmation",
                Map.of("username", member.username(), "password", PASSWORD, "totp", codeNow(secret)))).hasStatus(204);
    }

    @Test
    void changing_an_enrolled_app_needs_the_current_second_factor() throws Exception {
        TestAccount member = enrolledMember();

        MvcTestResult withoutCode = post("/api/v1/auth/totp/enrolment", Map.of("username", member.username(), "password", PASSWORD));
        MvcTestResult withCode = post("/api/v1/auth/totp/enrolment",
                Map.of("username", member.username(), "password", PASSWORD, "totp", codeNow(member.secret())));

        assertThat(withoutCode).hasStatus(401);
        assertThat(body(withoutCode).get("code").asString()).isEqualTo("TOTP_REQUIRED");
        assertThat(withCode).hasStatus(201);
    }

    @Test
    void a_recovery_code_replaces_the_totp_code_once() throws Exception {
        TestAccount member = newMember();
        JsonNode enrolment = body(post("/api/v1/auth/totp/enrolment", Map.of("username", member.username(), "password", PASSWORD)));
        String secret = enrolment.get("secret").asString();
        List<String> codes = new ArrayList<>();
        enrolment.get("recoveryCodes").forEach(code -> codes.add(code.asString()));
        post("/api/v1/auth/totp/confirmation", Map.of("username", member.username(), "password", PASSWORD, "totp", codeNow(secret)));
        var withRecovery = Map.of("username", member.username(), "password", PASSWORD, "recoveryCode", codes.get(3));

        MvcTestResult first = post("/api/v1/auth/token", withRecovery);
        MvcTestResult second = post("/api/v1/auth/token", withRecovery);

        assertThat(first).hasStatusOk();
        assertThat(second).hasStatus(401);
        assertThat(body(second).get("code").asString()).isEqualTo("INVALID_TOTP");
        assertThat(post("/api/v1/auth/token", Map.of("username", member.username(), "password", PASSWORD,
                "recoveryCode", codes.get(4).toUpperCase().replace("-", " ")))).hasStatusOk();
    }

    @Test
    void recovery_codes_of_an_unconfirmed_enrolment_do_not_work() throws Exception {
        TestAccount member = enrolledMember();
        JsonNode pending = body(post("/api/v1/auth/totp/enrolment",
                Map.of("username", member.username(), "password", PASSWORD, "totp", codeNow(member.secret()))));

        MvcTestResult result = post("/api/v1/auth/token", Map.of("username", member.username(), "password", PASSWORD,
                "recoveryCode", pending.get("recoveryCodes").get(0).asString()));

        assertThat(result).hasStatus(401);
    }

    @Test
    void a_request_without_a_username_is_a_validation_problem() throws Exception {
        MvcTestResult result = post("/api/v1/auth/token", Map.of("password", PASSWORD));

        assertThat(result).hasStatus(400);
        assertThat(body(result).get("code").asString()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void accounts_listed_in_configuration_are_created_at_startup() throws Exception {
        nextStep();

        MvcTestResult result = login("seeded.agent", "seeded-password", codeNow("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"));

        assertThat(result).hasStatusOk();
        assertThat(decode(body(result).get("access_token").asString()).getClaimAsStringList("roles")).containsExactly("OPS");
    }
}
