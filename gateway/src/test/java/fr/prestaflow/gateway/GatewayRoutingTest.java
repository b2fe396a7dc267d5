package fr.prestaflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GatewayRoutingTest {

    private static final Map<String, String> seen = new ConcurrentHashMap<>();
    private static final HttpServer adjudication = stubService();

    @Autowired WebTestClient client;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("ADJUDICATION_URL", () -> "http://localhost:" + adjudication.getAddress().getPort());
        registry.add("PAYMENT_URL", () -> "http://localhost:" + freePort());
    }

    @AfterAll
    static void stop() {
        adjudication.stop(0);
    }

    @Test
    void routes_an_api_path_to_its_service_with_a_request_id() {
        client.post().uri("/api/v1/quotes").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().exists("X-Request-Id")
                .expectBody(String.class).isEqualTo("quoted");

        assertThat(seen.get("path")).isEqualTo("/api/v1/quotes");
        assertThat(seen.get("requestId")).isNotBlank();
    }

    @Test
    void keeps_the_caller_request_id() {
        client.get().uri("/api/v1/plans").header("X-Request-Id", "abc-123").exchange()
                .expectHeader().valueEquals("X-Request-Id", "abc-123");

        assertThat(seen.get("requestId")).isEqualTo("abc-123");
    }

    @Test
    void routes_a_service_health_check_to_its_actuator() {
        client.get().uri("/api/v1/health/adjudication").exchange().expectStatus().isOk();

        assertThat(seen.get("path")).isEqualTo("/actuator/health");
    }

    @Test
    void routes_dead_letter_inspection_to_the_named_service() {
        client.get().uri("/api/v1/dead-letters/adjudication").exchange().expectStatus().isOk();

        assertThat(seen.get("path")).isEqualTo("/api/v1/dead-letters");
    }

    @Test
    void an_unknown_route_is_a_problem_with_a_stable_code() {
        client.get().uri("/api/v1/nothing-here").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND").jsonPath("$.status").isEqualTo(404);
    }

    @Test
    void an_unreachable_service_is_a_problem_with_a_stable_code() {
        client.get().uri("/api/v1/payment-batches").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("SERVICE_UNAVAILABLE");
    }

    private static HttpServer stubService() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/", exchange -> {
                seen.put("path", exchange.getRequestURI().getPath());
                seen.put("requestId", String.valueOf(exchange.getRequestHeaders().getFirst("X-Request-Id")));
                byte[] body = (exchange.getRequestURI().getPath().equals("/api/v1/quotes") ? "quoted" : "{}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
