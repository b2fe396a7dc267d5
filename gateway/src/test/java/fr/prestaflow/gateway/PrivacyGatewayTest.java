package fr.prestaflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The member's export and erasure composed by the gateway, in front of one stub HTTP server per service that answers
 * each contract with that contract's data only, as the services do from the identity headers. A test can silence a
 * service (it answers 500) to see what the member gets then.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PrivacyGatewayTest {

    private static final String ALICE = "CT-ALICE01";
    private static final String BOB = "CT-BOB0002";
    private static final String BUSY = "CT-BUSY003";
    private static final String ALICE_DOCUMENT = "7b0e4d8e-1111-4a4a-9c9c-000000000001";
    private static final String BOB_DOCUMENT = "7b0e4d8e-2222-4a4a-9c9c-000000000002";
    private static final byte[] ALICE_PDF = randomBytes(300_000, 1);
    private static final byte[] BOB_PDF = randomBytes(1_000, 2);
    private static final List<String> SERVICES = List.of("document-intake", "adjudication", "payment", "notification");

    private static final Set<String> silent = ConcurrentHashMap.newKeySet();
    /** Every request a stub received: service, method, path, the member header and the role header. */
    private static final List<List<String>> received = new CopyOnWriteArrayList<>();
    private static final Map<String, HttpServer> stubs = startStubs();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired WebTestClient client;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("INTAKE_URL", () -> url("document-intake"));
        registry.add("ADJUDICATION_URL", () -> url("adjudication"));
        registry.add("PAYMENT_URL", () -> url("payment"));
        registry.add("NOTIFICATION_URL", () -> url("notification"));
        registry.add("TELETRANSMISSION_URL", () -> url("teletransmission"));
        registry.add("IDENTITY_URL", () -> url("identity"));
        registry.add("IDENTITY_ISSUER_URL", () -> TestTokens.ISSUER);
        registry.add("IDENTITY_JWK_SET_URI", () -> url("identity") + "/oauth2/jwks");
    }

    @BeforeEach
    void everyServiceAnswers() {
        client = client.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024)).build(); // zips
        silent.clear();
        received.clear();
    }

    @Test
    void the_export_is_a_zip_with_a_manifest_a_file_per_service_and_the_member_s_documents() throws IOException {
        var result = client.get().uri("/api/v1/me/data-export").headers(h -> h.setBearerAuth(TestTokens.member(ALICE)))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("application/zip")
                .expectBody(byte[].class).returnResult();

        assertThat(result.getResponseHeaders().getContentDisposition().getFilename())
                .matches("prestaflow-export-CT-ALICE01-\\d{4}-\\d{2}-\\d{2}\\.zip");
        Map<String, byte[]> zip = unzip(result.getResponseBody());
        assertThat(zip.keySet()).containsExactly("manifest.json", "document-intake.json", "adjudication.json",
                "payment.json", "notification.json", "documents/" + ALICE_DOCUMENT + "-facture_dentaire_Alice.pdf");
        assertThat(zip.get("documents/" + ALICE_DOCUMENT + "-facture_dentaire_Alice.pdf")).isEqualTo(ALICE_PDF);
        JsonNode manifest = JSON.readTree(zip.get("manifest.json"));
        assertThat(manifest.get("contract").asString()).isEqualTo(ALICE);
        assertThat(manifest.get("generatedAt").asString()).isNotBlank();
        assertThat(manifest.get("services").get("adjudication").get("counts").get("adjudications").asInt()).isEqualTo(1);
        assertThat(manifest.get("documents")).hasSize(1);
        assertThat(JSON.readTree(zip.get("payment.json")).get("contract").asString()).isEqualTo(ALICE);
    }

    @Test
    void the_export_holds_only_the_caller_s_data_whatever_identity_header_they_send() throws IOException {
        byte[] body = client.get().uri("/api/v1/me/data-export").header("X-Member-Contract", BOB)
                .headers(h -> h.setBearerAuth(TestTokens.member(ALICE)))
                .exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();

        Map<String, byte[]> zip = unzip(body);
        assertThat(zip.keySet()).noneMatch(name -> name.contains(BOB_DOCUMENT));
        assertThat(zip.values()).noneMatch(bytes -> new String(bytes, StandardCharsets.ISO_8859_1).contains(BOB));
        assertThat(received).isNotEmpty().allSatisfy(request -> assertThat(request.get(3)).isEqualTo(ALICE));
    }

    @Test
    void a_service_that_does_not_answer_makes_the_export_a_503_naming_it_and_no_zip() {
        silent.add("payment");

        client.get().uri("/api/v1/me/data-export").headers(h -> h.setBearerAuth(TestTokens.member(ALICE)))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("EXPORT_INCOMPLETE")
                .jsonPath("$.services[0]").isEqualTo("payment");
    }

    @Test
    void only_a_member_exports_their_data() {
        client.get().uri("/api/v1/me/data-export").exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/v1/me/data-export").headers(h -> h.setBearerAuth(TestTokens.ops())).exchange()
                .expectStatus().isForbidden();
        client.post().uri("/api/v1/me/erasure-requests").headers(h -> h.setBearerAuth(TestTokens.ops())).exchange()
                .expectStatus().isForbidden();
        client.post().uri("/api/v1/erasure-requests").headers(h -> h.setBearerAuth(TestTokens.member(ALICE)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("contract", BOB)).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void the_services_privacy_endpoints_are_not_routed_but_ops_read_what_each_keeps() {
        client.get().uri("/api/v1/privacy/export").headers(h -> h.setBearerAuth(TestTokens.member(ALICE))).exchange()
                .expectStatus().isForbidden();
        client.post().uri("/api/v1/privacy/erasure").headers(h -> h.setBearerAuth(TestTokens.ops())).exchange()
                .expectStatus().isForbidden();

        client.get().uri("/api/v1/privacy/retention/payment?contract={c}", ALICE).headers(h -> h.setBearerAuth(TestTokens.ops()))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[0].category").isEqualTo("payment orders");
        assertThat(received).singleElement().satisfies(request ->
                assertThat(request).containsExactly("payment", "GET", "/api/v1/privacy/retention?contract=" + ALICE, "", "OPS"));
    }

    @Test
    void a_member_s_erasure_asks_every_service_and_answers_their_combined_report() {
        JsonNode report = JSON.readTree(client.post().uri("/api/v1/me/erasure-requests")
                .headers(h -> h.setBearerAuth(TestTokens.member(ALICE)))
                .exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody());

        assertThat(report.get("contract").asString()).isEqualTo(ALICE);
        assertThat(report.get("services").findValues("service").stream().map(JsonNode::asString)).containsExactlyElementsOf(SERVICES);
        assertThat(report.get("services").get(2).get("kept").get(0).get("keptUntil").asString()).isEqualTo("2035-04-18");
        assertThat(erasuresReceived()).containsExactlyElementsOf(SERVICES);
    }

    @Test
    void ops_erase_on_behalf_of_a_member_naming_the_contract() {
        client.post().uri("/api/v1/erasure-requests").headers(h -> h.setBearerAuth(TestTokens.supervisor()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("contract", BOB))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.contract").isEqualTo(BOB).jsonPath("$.requestedBy").isEqualTo("agent.supervisor");

        assertThat(received).filteredOn(request -> request.get(1).equals("POST"))
                .allSatisfy(request -> assertThat(request.get(4)).isEqualTo("OPS,SUPERVISOR"));
        client.post().uri("/api/v1/erasure-requests").headers(h -> h.setBearerAuth(TestTokens.ops()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of())
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("CONTRACT_REQUIRED");
    }

    @Test
    void a_claim_in_progress_anywhere_refuses_the_erasure_before_any_service_erases() {
        client.post().uri("/api/v1/me/erasure-requests").headers(h -> h.setBearerAuth(TestTokens.member(BUSY)))
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.code").isEqualTo("ERASURE_BLOCKED_CLAIMS_IN_PROGRESS")
                .jsonPath("$.claimsInProgress.payment[0]").isEqualTo("claim-in-payment");

        assertThat(erasuresReceived()).isEmpty();
    }

    @Test
    void a_silent_service_before_erasure_erases_nothing_and_one_failing_half_way_says_what_to_send_again() {
        silent.add("notification");
        client.post().uri("/api/v1/me/erasure-requests").headers(h -> h.setBearerAuth(TestTokens.member(ALICE)))
                .exchange().expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.code").isEqualTo("ERASURE_INCOMPLETE").jsonPath("$.services[0]").isEqualTo("notification");
        assertThat(erasuresReceived()).isEmpty();

        silent.clear();
        silent.add("erasure:payment");
        client.post().uri("/api/v1/me/erasure-requests").headers(h -> h.setBearerAuth(TestTokens.member(ALICE)))
                .exchange().expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.code").isEqualTo("ERASURE_INCOMPLETE")
                .jsonPath("$.services[0]").isEqualTo("payment")
                .jsonPath("$.erased.length()").isEqualTo(3);

        silent.clear();
        client.post().uri("/api/v1/me/erasure-requests").headers(h -> h.setBearerAuth(TestTokens.member(ALICE)))
                .exchange().expectStatus().isOk();
    }

    private static List<String> erasuresReceived() {
        return received.stream().filter(r -> r.get(1).equals("POST") && r.get(2).equals("/api/v1/privacy/erasure"))
                .map(r -> r.get(0)).toList();
    }

    // ----- the stub services

    private static String url(String service) {
        return "http://localhost:" + stubs.get(service).getAddress().getPort();
    }

    private static Map<String, HttpServer> startStubs() {
        Map<String, HttpServer> servers = new LinkedHashMap<>();
        for (String service : List.of("document-intake", "adjudication", "payment", "notification", "teletransmission", "identity")) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
                server.createContext("/", exchange -> answer(service, exchange));
                server.start();
                servers.put(service, server);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return servers;
    }

    private static void answer(String service, HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        String member = header(exchange, "X-Member-Contract");
        String contract = member.isEmpty() ? queryContract(exchange) : member;
        if (!path.equals("/oauth2/jwks")) {
            received.add(List.of(service, exchange.getRequestMethod(), path + (query == null ? "" : "?" + query), member,
                    header(exchange, "X-Role")));
        }
        if (silent.contains(service) || silent.contains("erasure:" + service) && path.equals("/api/v1/privacy/erasure")) {
            send(exchange, 500, "application/problem+json", "{\"code\": \"INTERNAL_ERROR\"}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        switch (path) {
            case "/oauth2/jwks" -> json(exchange, TestTokens.jwkSetJson());
            case "/api/v1/privacy/export" -> json(exchange, export(service, contract));
            case "/api/v1/privacy/erasure-blockers" -> json(exchange, """
                    {"service": "%s", "contract": "%s", "claimsInProgress": %s}""".formatted(service, contract,
                    contract.equals(BUSY) && service.equals("payment") ? "[\"claim-in-payment\"]" : "[]"));
            case "/api/v1/privacy/erasure" -> json(exchange, """
                    {"service": "%s", "contract": "%s", "erasedAt": "2025-04-18T08:00:00Z",
                     "erased": [{"category": "contact", "action": "DELETED", "count": 1}],
                     "kept": [{"category": "payment orders", "legalBasis": "L123-22", "keptUntil": "2035-04-18"}]}"""
                    .formatted(service, contract));
            case "/api/v1/privacy/retention" -> json(exchange, """
                    [{"contract": "%s", "category": "payment orders", "legalBasis": "L123-22", "keptUntil": "2035-04-18"}]"""
                    .formatted(contract));
            default -> document(exchange, path, member);
        }
    }

    private static String export(String service, String contract) {
        String data = switch (service) {
            case "document-intake" -> """
                    {"claims": [{"id": "claim-of-%1$s"}], "documents": [
                      {"id": "%2$s", "name": "%3$s", "downloadable": true},
                      {"id": "00000000-0000-0000-0000-00000000dead", "name": "erased.pdf", "downloadable": false}]}"""
                    .formatted(contract, contract.equals(ALICE) ? ALICE_DOCUMENT : BOB_DOCUMENT,
                            contract.equals(ALICE) ? "facture dentaire Alice.pdf" : "facture Bob.pdf");
            case "adjudication" -> """
                    {"contract": [{"contract_number": "%s"}], "adjudications": [{"claim_id": "claim-of-%1$s"}]}""".formatted(contract);
            default -> """
                    {"rows": [{"contract": "%s"}]}""".formatted(contract);
        };
        return """
                {"service": "%s", "contract": "%s", "generatedAt": "2025-04-18T08:00:00Z", "data": %s}"""
                .formatted(service, contract, data);
    }

    private static void document(HttpExchange exchange, String path, String member) throws IOException {
        if (path.equals("/api/v1/documents/" + ALICE_DOCUMENT) && member.equals(ALICE)) {
            send(exchange, 200, "application/pdf", ALICE_PDF);
        } else if (path.equals("/api/v1/documents/" + BOB_DOCUMENT) && member.equals(BOB)) {
            send(exchange, 200, "application/pdf", BOB_PDF);
        } else {
            send(exchange, 404, "application/problem+json", "{\"code\": \"DOCUMENT_NOT_FOUND\"}".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String header(HttpExchange exchange, String name) {
        String value = exchange.getRequestHeaders().getFirst(name);
        return value == null ? "" : value;
    }

    private static String queryContract(HttpExchange exchange) {
        String query = exchange.getRequestURI().getQuery();
        return query != null && query.startsWith("contract=") ? query.substring("contract=".length()) : "";
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        send(exchange, 200, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
