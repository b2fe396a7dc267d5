package fr.prestaflow.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** HTTP to the stack: one client, JSON with Jackson, and access tokens from the gateway (renewed before they expire). */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();

    final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
    final String gateway;
    private final String password;

    Api(String gateway, String password) {
        this.gateway = gateway;
        this.password = password;
    }

    /** A login through the gateway, renewed after 10 minutes (tokens last 15). */
    Token token(String username) {
        return new Token(username);
    }

    final class Token {
        private final String username;
        private String value;
        private Instant obtained = Instant.EPOCH;

        private Token(String username) {
            this.username = username;
        }

        synchronized String bearer() {
            if (Duration.between(obtained, Instant.now()).toMinutes() >= 10) {
                ObjectNode body = JSON.createObjectNode().put("username", username).put("password", password);
                HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/auth/token"))
                        .timeout(Duration.ofSeconds(20))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("Login of " + username + " refused: " + response.statusCode() + " "
                            + response.body());
                }
                value = JSON.readTree(response.body()).get("access_token").asString();
                obtained = Instant.now();
            }
            return "Bearer " + value;
        }
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
    }

    HttpRequest.Builder json(HttpRequest.Builder builder, String method, JsonNode body) {
        return builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }

    static JsonNode parse(String body) {
        return JSON.readTree(body);
    }

    /** True when GET url answers 200. */
    boolean up(String url) {
        try {
            return http.send(request(url).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
