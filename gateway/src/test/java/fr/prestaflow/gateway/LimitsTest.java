package fr.prestaflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;
import reactor.core.publisher.Flux;

/** Rate limits (3 per hour in this test's configuration; only this class posts logins) and request sizes (1 MB by default). */
class LimitsTest extends GatewayTest {

    @Test
    void logins_beyond_the_bucket_are_rate_limited_with_retry_after() {
        for (int i = 0; i < 3; i++) {
            login().expectStatus().isOk();
        }

        login().expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value("Retry-After", value -> assertThat(Long.parseLong(value)).isBetween(1L, 1200L))
                .expectBody().jsonPath("$.code").isEqualTo("RATE_LIMITED").jsonPath("$.status").isEqualTo(429);
    }

    @Test
    void uploads_are_limited_per_member() {
        String member = "CT-" + UUID.randomUUID();
        String otherMember = "CT-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            upload(member).expectStatus().isOk();
        }

        upload(member).expectStatus().isEqualTo(429).expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.code").isEqualTo("RATE_LIMITED");
        upload(otherMember).expectStatus().isOk();
    }

    @Test
    void a_body_larger_than_its_path_allows_is_refused_before_the_service() {
        byte[] twoMegabytes = new byte[2 * 1024 * 1024];

        client.post().uri("/api/v1/quotes").headers(h -> h.setBearerAuth(TestTokens.member("CT-000001")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(twoMegabytes)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void a_streamed_body_without_length_is_cut_when_it_passes_the_limit() {
        var chunks = Flux.range(0, 40)
                .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[64 * 1024]));

        client.post().uri("/api/v1/quotes").headers(h -> h.setBearerAuth(TestTokens.member("CT-000001")))
                .contentType(MediaType.APPLICATION_JSON)
                .body(chunks, DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void uploads_may_be_larger() {
        byte[] twoMegabytes = new byte[2 * 1024 * 1024];

        client.post().uri("/api/v1/claims").headers(h -> h.setBearerAuth(TestTokens.member("CT-" + UUID.randomUUID())))
                .contentType(MediaType.APPLICATION_OCTET_STREAM).bodyValue(twoMegabytes)
                .exchange()
                .expectStatus().isOk();
    }

    private ResponseSpec login() {
        return client.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":\"ct-000001\",\"password\":\"x\"}").exchange();
    }

    private ResponseSpec upload(String contract) {
        return client.post().uri("/api/v1/claims").headers(h -> h.setBearerAuth(TestTokens.member(contract)))
                .contentType(MediaType.APPLICATION_OCTET_STREAM).bodyValue(new byte[] {1, 2, 3}).exchange();
    }
}
