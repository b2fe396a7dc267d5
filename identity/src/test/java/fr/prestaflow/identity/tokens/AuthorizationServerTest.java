package fr.prestaflow.identity.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.identity.IdentityTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

class AuthorizationServerTest extends IdentityTest {

    @Autowired JdbcClient jdbc;

    @Test
    void an_integrator_gets_a_token_with_client_credentials() throws Exception {
        MvcTestResult result = mvc.post().uri("/oauth2/token")
                .header(HttpHeaders.AUTHORIZATION, basic("test-integrator", "test-integrator-secret"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("grant_type", "client_credentials")
                .exchange();

        assertThat(result).hasStatusOk();
        JsonNode body = body(result);
        assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
        Jwt jwt = decode(body.get("access_token").asString());
        assertThat(jwt.getSubject()).isEqualTo("test-integrator");
        assertThat(jwt.getIssuer()).hasToString("http://identity.test");
        assertThat(jwt.getAudience()).containsExactly("prestaflow");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("INTEGRATOR");
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void a_wrong_client_secret_gets_no_token() throws Exception {
        MvcTestResult result = mvc.post().uri("/oauth2/token")
                .header(HttpHeaders.AUTHORIZATION, basic("test-integrator", "guessed"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("grant_type", "client_credentials")
                .exchange();

        assertThat(result).hasStatus(401);
        assertThat(body(result).get("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    void the_discovery_document_names_the_configured_issuer_and_its_keys() throws Exception {
        MvcTestResult result = mvc.get().uri("/.well-known/openid-configuration").exchange();

        assertThat(result).hasStatusOk();
        JsonNode discovery = body(result);
        assertThat(discovery.get("issuer").asString()).isEqualTo("http://identity.test");
        assertThat(discovery.get("jwks_uri").asString()).isEqualTo("http://identity.test/oauth2/jwks");
        assertThat(discovery.get("token_endpoint").asString()).isEqualTo("http://identity.test/oauth2/token");
    }

    @Test
    void the_key_set_publishes_the_public_key_only() throws Exception {
        MvcTestResult result = mvc.get().uri("/oauth2/jwks").exchange();

        assertThat(result).hasStatusOk();
        JsonNode key = body(result).get("keys").get(0);
        assertThat(key.get("kty").asString()).isEqualTo("RSA");
        assertThat(key.has("n")).isTrue();
        assertThat(key.has("d")).isFalse();
    }

    @Test
    void the_signing_key_is_kept_in_the_database_encrypted() {
        String stored = jdbcPrivateKey();

        assertThat(stored).doesNotContain("PRIVATE KEY");
        assertThat(secrets.open(stored)).isNotEmpty();
    }

    @Test
    void anything_else_is_refused_with_a_problem() throws Exception {
        MvcTestResult result = mvc.get().uri("/api/v1/accounts").exchange();

        assertThat(result).hasStatus(401).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(body(result).get("code").asString()).isEqualTo("UNAUTHENTICATED");
    }

    private String jdbcPrivateKey() {
        return jdbc.sql("select private_key from signing_key limit 1").query(String.class).single();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
