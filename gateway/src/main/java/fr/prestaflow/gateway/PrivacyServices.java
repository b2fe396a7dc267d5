package fr.prestaflow.gateway;

import io.netty.channel.ChannelOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The services' privacy endpoints ({@code /api/v1/privacy/**}), called on their internal URLs: they are not routed
 * publicly, the gateway composes them into the member's export and erasure. Any failure to answer becomes
 * {@link Unanswered} naming the service, so that a caller never gets a partial result presented as complete.
 */
@Component
class PrivacyServices {

    /**
     * The services holding members' data, in the order erasure runs them. Teletransmission is not among them: its
     * décomptes are keyed by the compulsory scheme's sender and number, not by contract (see docs/privacy.md).
     */
    static final List<String> HOLDING_MEMBER_DATA = List.of("document-intake", "adjudication", "payment", "notification");
    static final String DOCUMENTS = "document-intake";

    private final WebClient client;
    private final Map<String, String> urls;
    private final JsonMapper json;

    PrivacyServices(ServiceRoutes.Services services, JsonMapper json) {
        this.urls = services.services();
        this.json = json;
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 2_000)
                .responseTimeout(Duration.ofSeconds(60));
        this.client = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(http))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(32 * 1024 * 1024)) // a member's export section
                .build();
    }

    /** A service did not answer, or answered an error: {@code status} is its status, 503 when it could not be reached. */
    static final class Unanswered extends RuntimeException {
        private final String service;
        private final int status;
        private final transient JsonNode problem;

        Unanswered(String service, int status, JsonNode problem, Throwable cause) {
            super(service + " did not answer (" + status + ")", cause);
            this.service = service;
            this.status = status;
            this.problem = problem;
        }

        String service() {
            return service;
        }

        int status() {
            return status;
        }

        JsonNode problem() {
            return problem;
        }
    }

    Mono<JsonNode> export(String service, Acting acting) {
        return get(service, "/api/v1/privacy/export", acting);
    }

    Mono<JsonNode> erasureBlockers(String service, Acting acting) {
        return get(service, "/api/v1/privacy/erasure-blockers", acting);
    }

    Mono<JsonNode> erase(String service, Acting acting) {
        return client.post().uri(url(service) + "/api/v1/privacy/erasure")
                .headers(acting::writeTo)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("contract", acting.contract()))
                .retrieve().bodyToMono(String.class)
                .map(json::readTree)
                .onErrorMap(e -> unanswered(service, e));
    }

    /** The document's bytes as they arrive, never held whole. */
    Flux<DataBuffer> document(UUID id, Acting acting) {
        return client.get().uri(url(DOCUMENTS) + "/api/v1/documents/{id}", id)
                .headers(acting::writeTo)
                .retrieve().bodyToFlux(DataBuffer.class)
                .onErrorMap(e -> unanswered(DOCUMENTS, e));
    }

    private Mono<JsonNode> get(String service, String path, Acting acting) {
        return client.get().uri(url(service) + path + (acting.member() ? "" : "?contract={contract}"), acting.contract())
                .headers(acting::writeTo)
                .retrieve().bodyToMono(String.class)
                .map(json::readTree)
                .onErrorMap(e -> unanswered(service, e));
    }

    private String url(String service) {
        String url = urls.get(service);
        if (url == null) {
            throw new IllegalStateException("No URL for service " + service + " in prestaflow.gateway.services");
        }
        return url;
    }

    private Unanswered unanswered(String service, Throwable e) {
        if (e instanceof Unanswered already) {
            return already;
        }
        if (e instanceof WebClientResponseException response) {
            JsonNode problem = null;
            try {
                problem = json.readTree(response.getResponseBodyAsString());
            } catch (RuntimeException notJson) {
                // not a Problem document: the status says enough
            }
            return new Unanswered(service, response.getStatusCode().value(), problem, e);
        }
        return new Unanswered(service, HttpStatus.SERVICE_UNAVAILABLE.value(), null, e);
    }
}
