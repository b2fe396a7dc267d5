package fr.prestaflow.gateway;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The right to erasure (GDPR art. 17), for the member themself or by ops on their behalf. First every service says
 * whether it still handles a claim of the contract: any claim in progress refuses the request (409) before anything is
 * erased, and so does a service that does not answer (503). Then each service erases its part; each part is idempotent,
 * so after a failure half-way (503 {@code ERASURE_INCOMPLETE}, naming what was done) the same request is simply sent
 * again. The answer combines the services' reports: what was erased, what is kept, why and until when.
 */
@RestController
class ErasureController {

    private static final Logger log = LoggerFactory.getLogger(ErasureController.class);

    private final PrivacyServices services;
    private final GatewaySettings.Security settings;
    private final Clock clock;

    ErasureController(PrivacyServices services, GatewaySettings.Security settings, Optional<Clock> clock) {
        this.services = services;
        this.settings = settings;
        this.clock = clock.orElseGet(Clock::systemUTC);
    }

    record ErasureRequest(String contract) {
    }

    private record Outcome(String service, Optional<JsonNode> report, Optional<PrivacyServices.Unanswered> failure) {
    }

    @PostMapping("/api/v1/me/erasure-requests")
    Mono<ResponseEntity<?>> forMyself(JwtAuthenticationToken token) {
        String contract = TokenAuthentication.contract(token.getToken(), settings).orElseThrow();
        return erase(Acting.member(contract), "member", "/api/v1/me/erasure-requests");
    }

    @PostMapping("/api/v1/erasure-requests")
    Mono<ResponseEntity<?>> forAMember(JwtAuthenticationToken token, @RequestBody(required = false) ErasureRequest request) {
        String path = "/api/v1/erasure-requests";
        if (request == null || request.contract() == null || request.contract().isBlank()) {
            return Mono.just(problem(Problems.problem(HttpStatus.BAD_REQUEST, "CONTRACT_REQUIRED", "Contract required",
                    "Name the member's contract: {\"contract\": \"CT-...\"}"), path));
        }
        return erase(Acting.ops(token, request.contract().strip()), token.getName(), path);
    }

    private Mono<ResponseEntity<?>> erase(Acting acting, String requestedBy, String path) {
        return Flux.fromIterable(PrivacyServices.HOLDING_MEMBER_DATA)
                .flatMapSequential(service -> outcome(service, services.erasureBlockers(service, acting)))
                .collectList()
                .flatMap(checks -> {
                    List<String> silent = failed(checks);
                    if (!silent.isEmpty()) {
                        ProblemDetail problem = Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "ERASURE_INCOMPLETE",
                                "Erasure not started", "These services did not answer, nothing was erased; try again shortly: "
                                        + String.join(", ", silent));
                        problem.setProperty("services", silent);
                        problem.setProperty("erased", List.of());
                        return Mono.just(problem(problem, path));
                    }
                    Map<String, List<String>> inProgress = claimsInProgress(checks);
                    if (!inProgress.isEmpty()) {
                        log.info("Erasure of contract {} refused: claims in progress in {}", acting.contract(), inProgress.keySet());
                        ProblemDetail problem = blockedProblem(inProgress);
                        problem.setProperty("erased", List.of());
                        return Mono.just(problem(problem, path));
                    }
                    return Flux.fromIterable(PrivacyServices.HOLDING_MEMBER_DATA)
                            .concatMap(service -> outcome(service, services.erase(service, acting)))
                            .collectList()
                            .map(outcomes -> combined(acting, requestedBy, outcomes, path));
                });
    }

    private static Mono<Outcome> outcome(String service, Mono<JsonNode> call) {
        return call.map(body -> new Outcome(service, Optional.of(body), Optional.empty()))
                .onErrorResume(PrivacyServices.Unanswered.class,
                        e -> Mono.just(new Outcome(service, Optional.empty(), Optional.of(e))));
    }

    private static List<String> failed(List<Outcome> outcomes) {
        return outcomes.stream().filter(o -> o.failure().isPresent()).map(Outcome::service).toList();
    }

    private static Map<String, List<String>> claimsInProgress(List<Outcome> checks) {
        Map<String, List<String>> inProgress = new LinkedHashMap<>();
        for (Outcome check : checks) {
            List<String> claims = new ArrayList<>();
            check.report().orElseThrow().path("claimsInProgress").forEach(claim -> claims.add(claim.asString()));
            if (!claims.isEmpty()) {
                inProgress.put(check.service(), claims);
            }
        }
        return inProgress;
    }

    private ResponseEntity<?> combined(Acting acting, String requestedBy, List<Outcome> outcomes, String path) {
        List<JsonNode> reports = outcomes.stream().flatMap(o -> o.report().stream()).toList();
        List<String> failed = failed(outcomes);
        if (!failed.isEmpty()) {
            // a claim that arrived between the check and the erasure: the service refused (409) and erased nothing
            Map<String, List<String>> blocked = new LinkedHashMap<>();
            outcomes.forEach(o -> o.failure().filter(e -> e.status() == 409).ifPresent(e -> {
                List<String> claims = new ArrayList<>();
                Optional.ofNullable(e.problem()).ifPresent(p -> p.path("claims").forEach(c -> claims.add(c.asString())));
                blocked.put(o.service(), claims);
            }));
            log.warn("Erasure of contract {} incomplete: {} did not erase their part", acting.contract(), failed);
            ProblemDetail problem = blocked.size() == failed.size()
                    ? blockedProblem(blocked)
                    : Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "ERASURE_INCOMPLETE", "Erasure incomplete",
                    "These services did not erase their part; send the same request again (each part is idempotent): "
                            + String.join(", ", failed));
            problem.setProperty("services", failed);
            problem.setProperty("erased", reports);
            return problem(problem, path);
        }
        log.info("Erasure of contract {} done for {}", acting.contract(), requestedBy);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("contract", acting.contract());
        body.put("requestedBy", requestedBy);
        body.put("completedAt", clock.instant().toString());
        body.put("policy", "Product default retention policy (docs/privacy.md), to be confirmed by the mutuelle's DPO");
        body.put("services", reports);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static ProblemDetail blockedProblem(Map<String, List<String>> inProgress) {
        ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, "ERASURE_BLOCKED_CLAIMS_IN_PROGRESS", "Claims in progress",
                "Some claims are still being processed; ask again once they are paid or rejected");
        problem.setProperty("claimsInProgress", inProgress);
        return problem;
    }

    private static ResponseEntity<?> problem(ProblemDetail problem, String path) {
        problem.setInstance(URI.create(path));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
