package fr.prestaflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class GatewaySecurityTest extends GatewayTest {

    @Test
    void a_request_without_a_token_is_unauthenticated() {
        client.get().uri("/api/v1/claims").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED").jsonPath("$.status").isEqualTo(401);
    }

    @Test
    void an_expired_token_is_unauthenticated() {
        client.get().uri("/api/v1/claims").headers(h -> h.setBearerAuth(TestTokens.expired("CT-000001"))).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void a_token_for_another_audience_is_unauthenticated() {
        client.get().uri("/api/v1/review-queue").headers(h -> h.setBearerAuth(TestTokens.forAudience("another-app"))).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void a_token_from_another_issuer_is_unauthenticated() {
        client.get().uri("/api/v1/review-queue").headers(h -> h.setBearerAuth(TestTokens.fromIssuer("http://evil.test"))).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void a_token_signed_by_another_key_is_unauthenticated() {
        client.get().uri("/api/v1/review-queue").headers(h -> h.setBearerAuth(TestTokens.signedByAnotherKey())).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void a_wrong_role_is_forbidden() {
        client.get().uri("/api/v1/review-queue").headers(h -> h.setBearerAuth(TestTokens.member("CT-000001"))).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("FORBIDDEN");
    }

    @Test
    void a_member_reads_their_own_contract_but_not_another() {
        client.get().uri("/api/v1/contracts/CT-000001").headers(h -> h.setBearerAuth(TestTokens.member("CT-000001"))).exchange()
                .expectStatus().isOk();
        client.get().uri("/api/v1/contracts/CT-000002").headers(h -> h.setBearerAuth(TestTokens.member("CT-000001"))).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void a_member_token_without_a_contract_gets_nothing_of_a_member() {
        client.get().uri("/api/v1/claims").headers(h -> h.setBearerAuth(TestTokens.memberWithoutContract())).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void forged_identity_headers_are_replaced_by_the_token_s() {
        String id = newRequestId();

        client.get().uri("/api/v1/claims").header("X-Request-Id", id)
                .header("X-Member-Contract", "CT-000002").header("X-Role", "OPS").header("X-Agent", "someone")
                .headers(h -> h.setBearerAuth(TestTokens.member("CT-000001")))
                .exchange().expectStatus().isOk();

        Received received = seen.get(id);
        assertThat(received.header("X-Member-Contract")).isEqualTo("CT-000001");
        assertThat(received.header("X-Role")).isNull();
        assertThat(received.header("X-Agent")).isNull();
    }

    @Test
    void forged_identity_headers_are_removed_from_anonymous_requests() {
        String id = newRequestId();

        client.get().uri("/.well-known/openid-configuration").header("X-Request-Id", id)
                .header("X-Member-Contract", "CT-000002").header("X-Role", "OPS").header("X-Agent", "someone")
                .exchange().expectStatus().isOk();

        Received received = seen.get(id);
        assertThat(received.header("X-Member-Contract")).isNull();
        assertThat(received.header("X-Role")).isNull();
        assertThat(received.header("X-Agent")).isNull();
    }

    @Test
    void staff_get_their_roles_and_name_and_no_contract() {
        String ops = newRequestId();
        String supervisor = newRequestId();
        String integrator = newRequestId();

        client.get().uri("/api/v1/review-queue").header("X-Request-Id", ops).header("X-Member-Contract", "CT-000001")
                .headers(h -> h.setBearerAuth(TestTokens.ops())).exchange().expectStatus().isOk();
        client.get().uri("/api/v1/review-queue").header("X-Request-Id", supervisor)
                .headers(h -> h.setBearerAuth(TestTokens.supervisor())).exchange().expectStatus().isOk();
        client.post().uri("/api/v1/noemie/files").header("X-Request-Id", integrator).bodyValue("NLF")
                .headers(h -> h.setBearerAuth(TestTokens.integrator())).exchange().expectStatus().isOk();

        assertThat(seen.get(ops).header("X-Role")).isEqualTo("OPS");
        assertThat(seen.get(ops).header("X-Agent")).isEqualTo("agent.ops");
        assertThat(seen.get(ops).header("X-Member-Contract")).isNull();
        assertThat(seen.get(supervisor).header("X-Role")).isEqualTo("OPS,SUPERVISOR");
        assertThat(seen.get(integrator).header("X-Role")).isEqualTo("INTEGRATOR");
        assertThat(seen.get(integrator).header("X-Agent")).isEqualTo("demo-integrator");
    }

    @Test
    void answers_carry_the_security_headers_and_no_hsts_over_plain_http() {
        client.get().uri("/api/v1/plans").headers(h -> h.setBearerAuth(TestTokens.member("CT-000001"))).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().doesNotExist("Strict-Transport-Security");
    }

    @Test
    void a_configured_origin_may_call_from_a_browser() {
        client.options().uri("/api/v1/claims")
                .header(HttpHeaders.ORIGIN, "https://app.prestaflow.test")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://app.prestaflow.test");
    }

    @Test
    void another_origin_may_not() {
        client.options().uri("/api/v1/claims")
                .header(HttpHeaders.ORIGIN, "https://evil.test")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }
}
