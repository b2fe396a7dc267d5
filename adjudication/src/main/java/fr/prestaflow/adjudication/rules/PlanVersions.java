package fr.prestaflow.adjudication.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The versions of one plan, oldest first; a line uses the version in force on its care date (§1). */
public record PlanVersions(List<Plan> versions) {

    public PlanVersions {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a plan needs at least one version");
        }
        String id = versions.getFirst().id();
        if (versions.stream().anyMatch(plan -> !plan.id().equals(id))) {
            throw new IllegalArgumentException("plan versions must share one id");
        }
        versions = versions.stream().sorted(Comparator.comparing(Plan::validFrom)).toList();
        for (int i = 1; i < versions.size(); i++) {
            if (versions.get(i).validFrom().equals(versions.get(i - 1).validFrom())) {
                throw new IllegalArgumentException("two versions of plan " + id + " start on "
                        + versions.get(i).validFrom());
            }
        }
    }

    public static PlanVersions of(Plan... versions) {
        return new PlanVersions(List.of(versions));
    }

    public String id() {
        return versions.getFirst().id();
    }

    /**
     * The latest version with {@code validFrom ≤ date}. Care older than the first version (a contract that started
     * under a plan file not loaded here) falls back to the first version rather than failing the claim.
     */
    public Plan inForceOn(LocalDate date) {
        Plan inForce = versions.getFirst();
        for (Plan plan : versions) {
            if (!plan.validFrom().isAfter(date)) {
                inForce = plan;
            }
        }
        return inForce;
    }
}
