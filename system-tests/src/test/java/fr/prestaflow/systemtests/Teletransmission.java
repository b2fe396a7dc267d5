package fr.prestaflow.systemtests;

import static fr.prestaflow.systemtests.Gateway.OPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.prestaflow.systemtests.Gateway.Answer;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;

/** NLF files sent as the compulsory scheme's integrators and ops do (teletransmission, /api/v1/noemie/files). */
final class Teletransmission {

    private static final Set<String> PROCESSED = Set.of("ACCEPTED", "PARTIALLY_ACCEPTED", "REJECTED", "FAILED");

    private Teletransmission() {
    }

    /** Uploads the file as the raw body; returns the upload id, once answered 202 RECEIVED. */
    static UUID send(byte[] nlf) {
        Answer answer = Gateway.postBytes(OPS, "/api/v1/noemie/files", "text/plain", nlf).expect(202);
        JsonNode accepted = answer.json();
        assertThat(accepted.get("status").asString()).isEqualTo("RECEIVED");
        UUID id = UUID.fromString(accepted.get("id").asString());
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/v1/noemie/files/" + id));
        return id;
    }

    /** Waits until the upload is processed (its acknowledgment is ready) and returns its view. */
    static JsonNode awaitProcessed(UUID uploadId) {
        AtomicReference<JsonNode> seen = new AtomicReference<>();
        await("NLF upload " + uploadId).atMost(Claims.STEP).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode file = Gateway.get(OPS, "/api/v1/noemie/files/" + uploadId).expect(200).json();
            seen.set(file);
            assertThat(file.get("status").asString()).as("upload %s", file).isIn(PROCESSED);
        });
        return seen.get();
    }

    /** The NLA acknowledgment, exactly as served. */
    static String acknowledgment(UUID uploadId) {
        return Gateway.get(OPS, "/api/v1/noemie/files/" + uploadId + "/acknowledgment").expect(200).body();
    }
}
