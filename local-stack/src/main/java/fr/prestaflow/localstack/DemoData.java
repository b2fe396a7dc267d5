package fr.prestaflow.localstack;

import fr.prestaflow.localstack.StackSettings.Service;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads the demo contracts, members' contact details and bank accounts through the services' own APIs (PUT, so a second
 * start changes nothing). The plans are loaded by adjudication itself at startup.
 */
final class DemoData {

    static final String SAMPLE_NLF = "docs/examples/01-valid-small.nlf";

    private final StackSettings settings;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    DemoData(StackSettings settings, HttpClient http) {
        this.settings = settings;
        this.http = http;
    }

    void seed() throws IOException {
        JsonNode demo;
        try (InputStream in = DemoData.class.getResourceAsStream("/demo-data.json")) {
            demo = json.readTree(in);
        }
        for (JsonNode contract : demo.get("contracts")) {
            String number = contract.get("contractNumber").asString();
            ObjectNode body = (ObjectNode) contract.deepCopy();
            body.remove("iban");
            put(Service.ADJUDICATION, "/api/v1/contracts/" + number, body, Map.of("X-Role", "OPS"));
            JsonNode member = contract.get("member");
            ObjectNode preferences = json.createObjectNode();
            preferences.put("email", member.get("email").asString());
            preferences.put("phone", member.get("phone").asString());
            preferences.putArray("channels").add("EMAIL").add("SMS");
            preferences.put("optOut", false);
            put(Service.NOTIFICATION, "/api/v1/notification-preferences", preferences, Map.of("X-Member-Contract", number));
            ObjectNode account = json.createObjectNode();
            account.put("iban", contract.get("iban").asString());
            account.put("holderName", member.get("name").asString());
            put(Service.PAYMENT, "/api/v1/bank-accounts/me", account, Map.of("X-Member-Contract", number));
        }
    }

    private void put(Service service, String path, JsonNode body, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create(settings.url(service) + path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                System.out.printf("%n    %s %s answered %d: %s", service.module(), path, response.statusCode(), response.body());
            }
        } catch (IOException e) {
            System.out.printf("%n    %s %s failed: %s", service.module(), path, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
