package fr.prestaflow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stack as its users reach it: every call goes through the gateway with the bearer token of a demo login (members
 * ct-000001..3, ops agent.ops; demo mode lets them log in without a TOTP code). Tokens are kept for the JVM: the
 * gateway allows ten logins a minute per address, and a token lasts 15 minutes.
 */
final class Gateway {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String OPS = "agent.ops";
    private static final String PASSWORD = "prestaflow-demo";
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private Gateway() {
    }

    /** One HTTP answer, its body as text. */
    record Answer(int status, String body, java.net.http.HttpHeaders headers) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        Answer expect(int expected) {
            assertThat(status).as("HTTP status, body: %s", body).isEqualTo(expected);
            return this;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private record Token(String value, Instant obtained) {
    }

    static Answer get(String user, String path) {
        return send(request(user, path).GET().build());
    }

    static Answer postJson(String user, String path, String json) {
        return send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static Answer post(String user, String path) {
        return send(request(user, path).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    static Answer postBytes(String user, String path, String contentType, byte[] body) {
        return send(request(user, path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** A file sent in a multipart upload. */
    record FilePart(String fileName, String contentType, byte[] content) {
    }

    /** POST multipart/form-data: one {@code claim} JSON part, then one {@code files} part per file, in order. */
    static Answer upload(String user, String path, String claimJson, List<FilePart> files) {
        String boundary = "prestaflow-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writeText(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"claim\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + claimJson + "\r\n");
        for (FilePart file : files) {
            writeText(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n");
            body.writeBytes(file.content());
            writeText(body, "\r\n");
        }
        writeText(body, "--" + boundary + "--\r\n");
        return postBytes(user, path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** A fresh or reused access token of a demo login. */
    static String token(String user) {
        Token token = TOKENS.compute(user, (name, known) -> known != null
                && known.obtained().plus(TOKEN_REUSE).isAfter(Instant.now()) ? known : new Token(login(name), Instant.now()));
        return token.value();
    }

    private static String login(String user) {
        Answer login = send(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("username", user, "password", PASSWORD))))
                .build());
        assertThat(login.status()).as("login of %s: %s", user, login.body()).isEqualTo(200);
        return login.json().get("access_token").asString();
    }

    private static HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(user));
    }

    private static URI uri(String path) {
        return URI.create(RunningStack.SETTINGS.gatewayUrl() + path);
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static void writeText(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
