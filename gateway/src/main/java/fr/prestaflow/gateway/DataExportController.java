package fr.prestaflow.gateway;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The member's right of access (GDPR art. 15 and 20): every service's section and every document they sent, as one zip
 * streamed to them. All sections are fetched before the first byte is sent, so a service that does not answer is a 503
 * {@code EXPORT_INCOMPLETE} naming it, never an archive that looks complete without it.
 */
@RestController
class DataExportController {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final PrivacyServices services;
    private final Problems problems;
    private final GatewaySettings.Security settings;
    private final JsonMapper json;
    private final Clock clock;

    DataExportController(PrivacyServices services, Problems problems, GatewaySettings.Security settings, JsonMapper json,
                         Optional<Clock> clock) {
        this.services = services;
        this.problems = problems;
        this.settings = settings;
        this.json = json;
        this.clock = clock.orElseGet(Clock::systemUTC);
    }

    private record Section(String service, Optional<JsonNode> body) {
    }

    private record Document(UUID id, String name) {
    }

    @GetMapping("/api/v1/me/data-export")
    Mono<Void> export(JwtAuthenticationToken token, ServerWebExchange exchange) {
        String contract = TokenAuthentication.contract(token.getToken(), settings).orElseThrow();
        Acting acting = Acting.member(contract);
        Instant now = clock.instant();
        return Flux.fromIterable(PrivacyServices.HOLDING_MEMBER_DATA)
                .flatMapSequential(service -> services.export(service, acting)
                        .map(body -> new Section(service, Optional.of(body)))
                        .onErrorResume(PrivacyServices.Unanswered.class, e -> Mono.just(new Section(service, Optional.empty()))))
                .collectList()
                .flatMap(sections -> {
                    List<String> missing = sections.stream().filter(s -> s.body().isEmpty()).map(Section::service).toList();
                    return missing.isEmpty() ? archive(exchange.getResponse(), contract, acting, sections, now)
                            : problems.write(exchange, incomplete(missing));
                });
    }

    private Mono<Void> archive(ServerHttpResponse response, String contract, Acting acting, List<Section> sections,
                               Instant now) {
        List<Document> documents = documents(sections);
        List<ExportArchive.Entry> entries = new ArrayList<>();
        entries.add(ExportArchive.Entry.of("manifest.json", manifest(contract, sections, documents, now)));
        for (Section section : sections) {
            entries.add(ExportArchive.Entry.of(section.service() + ".json", json.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(section.body().orElseThrow())));
        }
        for (Document document : documents) {
            entries.add(ExportArchive.Entry.streamed(entryName(document), services.document(document.id(), acting)));
        }
        String filename = "prestaflow-export-" + contract + "-" + now.atZone(PARIS).toLocalDate() + ".zip";
        response.getHeaders().setContentType(MediaType.parseMediaType("application/zip"));
        response.getHeaders().setContentDisposition(ContentDisposition.attachment().filename(filename).build());
        response.getHeaders().setCacheControl("no-store");
        return response.writeWith(ExportArchive.zip(entries, response.bufferFactory()));
    }

    /** The documents intake still holds the bytes of (an erasure deletes them, keeping their metadata). */
    private static List<Document> documents(List<Section> sections) {
        List<Document> documents = new ArrayList<>();
        sections.stream().filter(s -> s.service().equals(PrivacyServices.DOCUMENTS)).findFirst()
                .flatMap(Section::body)
                .map(body -> body.path("data").path("documents"))
                .ifPresent(list -> list.forEach(document -> {
                    if (document.path("downloadable").asBoolean(false)) {
                        documents.add(new Document(UUID.fromString(document.get("id").asString()),
                                document.path("name").asString("document")));
                    }
                }));
        return documents;
    }

    private byte[] manifest(String contract, List<Section> sections, List<Document> documents, Instant now) {
        Map<String, Object> services = new LinkedHashMap<>();
        for (Section section : sections) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            section.body().orElseThrow().path("data").properties()
                    .forEach(category -> counts.put(category.getKey(), category.getValue().size()));
            services.put(section.service(), Map.of("file", section.service() + ".json", "counts", counts));
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("contract", contract);
        manifest.put("generatedAt", now.toString());
        manifest.put("services", services);
        manifest.put("documents", documents.stream().map(d -> Map.of("id", d.id().toString(), "file", entryName(d))).toList());
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(manifest).getBytes(StandardCharsets.UTF_8);
    }

    /** The member's own file name, made safe for any unzip tool (no directories, no odd characters). */
    private static String entryName(Document document) {
        String safe = document.name().replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
        if (safe.isEmpty()) {
            safe = "document";
        }
        return "documents/" + document.id() + "-" + safe.substring(0, Math.min(safe.length(), 100));
    }

    private static ProblemDetail incomplete(List<String> missing) {
        ProblemDetail problem = Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "EXPORT_INCOMPLETE", "Export incomplete",
                "These services did not answer, so the export would miss their data; try again shortly: "
                        + String.join(", ", missing));
        problem.setProperty("services", missing);
        return problem;
    }
}
