package fr.prestaflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class GatewayRoutingTest extends GatewayTest {

    @Test
    void routes_an_api_path_to_its_service_with_a_request_id() {
        String body = client.post().uri("/api/v1/quotes").headers(h -> h.setBearerAuth(TestTokens.member("CT-000001")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().exists("X-Request-Id")
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(body).isEqualTo("quoted");
        assertThat(seen.values()).anySatisfy(received -> assertThat(received.path()).isEqualTo("/api/v1/quotes"));
    }

    @Test
    void keeps_the_caller_request_id() {
        client.get().uri("/api/v1/plans").header("X-Request-Id", "abc-123")
                .headers(h -> h.setBearerAuth(TestTokens.member("CT-000001"))).exchange()
                .expectHeader().valueEquals("X-Request-Id", "abc-123");

        assertThat(seen.get("abc-123").path()).isEqualTo("/api/v1/plans");
    }

    @Test
    void a_refusal_carries_the_request_id_too() {
        client.get().uri("/api/v1/plans").header("X-Request-Id", "refused-1").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("X-Request-Id", "refused-1");
    }

    @Test
    void routes_a_service_health_check_to_its_actuator_without_a_token() {
        String id = newRequestId();

        client.get().uri("/api/v1/health/adjudication").header("X-Request-Id", id).exchange().expectStatus().isOk();

        assertThat(seen.get(id).path()).isEqualTo("/actuator/health");
    }

    @Test
    void routes_dead_letter_inspection_to_the_named_service() {
        String id = newRequestId();

        client.get().uri("/api/v1/dead-letters/adjudication").header("X-Request-Id", id)
                .headers(h -> h.setBearerAuth(TestTokens.ops())).exchange().expectStatus().isOk();

        assertThat(seen.get(id).path()).isEqualTo("/api/v1/dead-letters");
    }

    @Test
    void routes_a_supervisor_s_audit_query_to_the_named_service_with_its_filters() {
        String id = newRequestId();

        client.get().uri("/api/v1/audit-events/adjudication?contract=CT-000001&page=1").header("X-Request-Id", id)
                .headers(h -> h.setBearerAuth(TestTokens.supervisor())).exchange().expectStatus().isOk();

        assertThat(seen.get(id).path()).isEqualTo("/api/v1/audit-events");
        assertThat(seen.get(id).query()).isEqualTo("contract=CT-000001&page=1");
        assertThat(seen.get(id).header("X-Role")).isEqualTo("OPS,SUPERVISOR");
    }

    @Test
    void forwards_the_access_reason_staff_give() {
        String id = newRequestId();

        client.get().uri("/api/v1/review-queue").header("X-Request-Id", id).header("X-Access-Reason", "FRAUD_CHECK")
                .headers(h -> h.setBearerAuth(TestTokens.ops())).exchange().expectStatus().isOk();

        assertThat(seen.get(id).header("X-Access-Reason")).isEqualTo("FRAUD_CHECK");
        assertThat(seen.get(id).header("X-Agent")).isEqualTo("agent.ops");
    }

    @Test
    void routes_logins_and_the_issuer_documents_to_identity() {
        String id = newRequestId();

        client.get().uri("/.well-known/openid-configuration").header("X-Request-Id", id).exchange().expectStatus().isOk();

        assertThat(seen.get(id).path()).isEqualTo("/.well-known/openid-configuration");
    }

    @Test
    void identity_has_a_health_route_but_no_dead_letters() {
        client.get().uri("/api/v1/health/identity").exchange().expectStatus().isOk();
        client.get().uri("/api/v1/dead-letters/identity").headers(h -> h.setBearerAuth(TestTokens.ops())).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND");
    }

    @Test
    void identity_has_no_audit_log() {
        client.get().uri("/api/v1/audit-events/identity").headers(h -> h.setBearerAuth(TestTokens.supervisor())).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND");
    }

    @Test
    void an_unlisted_path_is_refused_with_a_stable_code() {
        client.get().uri("/api/v1/nothing-here").headers(h -> h.setBearerAuth(TestTokens.ops())).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("FORBIDDEN").jsonPath("$.status").isEqualTo(403);
    }

    @Test
    void an_unreachable_service_is_a_problem_with_a_stable_code() {
        client.get().uri("/api/v1/payment-batches").headers(h -> h.setBearerAuth(TestTokens.ops())).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("SERVICE_UNAVAILABLE");
    }
}
