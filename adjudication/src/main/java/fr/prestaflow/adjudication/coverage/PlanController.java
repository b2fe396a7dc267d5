package fr.prestaflow.adjudication.coverage;

import fr.prestaflow.adjudication.AdjudicationProperties;
import fr.prestaflow.adjudication.web.ErrorCode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The plans, read-only, for ops and members alike: their terms are public. */
@RestController
class PlanController {

    private final PlanRegistry plans;
    private final JsonMapper json;
    private final Clock clock;
    private final AdjudicationProperties properties;

    PlanController(PlanRegistry plans, JsonMapper json, Clock clock, AdjudicationProperties properties) {
        this.plans = plans;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), properties.zone());
    }

    @GetMapping("/api/v1/plans")
    List<PlanSummary> list() {
        LocalDate today = today();
        return plans.inForceOn(today).stream()
                .map(plan -> new PlanSummary(plan.id(), plan.name(), plan.version(), plan.validFrom(), plan.responsible(),
                        plans.stored(plan.id()).stream()
                                .map(v -> new VersionSummary(v.plan().version(), v.plan().validFrom())).toList()))
                .toList();
    }

    @GetMapping("/api/v1/plans/{planId}")
    PlanDetail get(@PathVariable String planId) {
        List<PlanRegistry.StoredPlan> versions = plans.stored(planId);
        if (versions.isEmpty()) {
            throw ErrorCode.PLAN_NOT_FOUND.exception("No plan " + planId);
        }
        var inForce = plans.versionsOf(planId).inForceOn(today());
        return new PlanDetail(planId, inForce.name(), inForce.version(), versions.stream()
                .map(v -> new VersionDetail(v.plan().version(), v.plan().validFrom(), v.loadedAt(),
                        json.readTree(v.document())))
                .toList());
    }

    /** {@code version}: the version in force today. */
    record PlanSummary(String id, String name, int version, LocalDate validFrom, boolean responsible,
                       List<VersionSummary> versions) {
    }

    record VersionSummary(int version, LocalDate validFrom) {
    }

    record PlanDetail(String id, String name, int versionInForce, List<VersionDetail> versions) {
    }

    record VersionDetail(int version, LocalDate validFrom, Instant loadedAt, JsonNode document) {
    }
}
