package fr.prestaflow.gateway;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * One gateway for all its tests, in front of one stub HTTP server playing every service and identity's JWK set (the
 * test's own key). Payment points at a closed port, to see an unreachable service. The stub remembers each request by
 * its X-Request-Id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "prestaflow.gateway.rate-limits.logins.capacity=3",
        "prestaflow.gateway.rate-limits.logins.period=1h",
        "prestaflow.gateway.rate-limits.uploads.capacity=3",
        "prestaflow.gateway.rate-limits.uploads.period=1h",
        "prestaflow.gateway.cors.allowed-origins=https://app.prestaflow.test"})
@AutoConfigureWebTestClient
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
abstract class GatewayTest {

    /** What the stub received, by request id. */
    protected static final Map<String, Received> seen = new ConcurrentHashMap<>();
    private static final HttpServer stub = stubServices();

    @Autowired protected WebTestClient client;

    record Received(String method, String path, String query, Map<String, List<String>> headers) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> String.join(",", e.getValue())).orElse(null);
        }
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        String url = "http://localhost:" + stub.getAddress().getPort();
        for (String service : List.of("INTAKE_URL", "TELETRANSMISSION_URL", "ADJUDICATION_URL", "NOTIFICATION_URL", "IDENTITY_URL")) {
            registry.add(service, () -> url);
        }
        registry.add("PAYMENT_URL", () -> "http://localhost:" + freePort());
        registry.add("IDENTITY_ISSUER_URL", () -> TestTokens.ISSUER);
        registry.add("IDENTITY_JWK_SET_URI", () -> url + "/oauth2/jwks");
    }

    protected static String newRequestId() {
        return UUID.randomUUID().toString();
    }

    private static HttpServer stubServices() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                String path = exchange.getRequestURI().getPath();
                String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
                if (requestId != null) {
                    seen.put(requestId, new Received(exchange.getRequestMethod(), path,
                            exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders())));
                }
                String body = switch (path) {
                    case "/oauth2/jwks" -> TestTokens.jwkSetJson();
                    case "/api/v1/quotes" -> "quoted";
                    default -> "{}";
                };
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
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
