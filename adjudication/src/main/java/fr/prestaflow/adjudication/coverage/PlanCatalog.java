package fr.prestaflow.adjudication.coverage;

import fr.prestaflow.adjudication.rules.Plan;
import fr.prestaflow.adjudication.rules.PlanVersions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The loaded plans by id, each with all its versions. */
public record PlanCatalog(Map<String, PlanVersions> plans) {

    public PlanCatalog {
        plans = Map.copyOf(plans);
    }

    public static PlanCatalog of(List<Plan> plans) {
        Map<String, List<Plan>> byId = plans.stream()
                .collect(Collectors.groupingBy(Plan::id, TreeMap::new, Collectors.toList()));
        Map<String, PlanVersions> versions = new TreeMap<>();
        byId.forEach((id, list) -> {
            if (list.stream().map(Plan::version).distinct().count() != list.size()) {
                throw new IllegalArgumentException("plan " + id + " has the same version number twice");
            }
            versions.put(id, new PlanVersions(list));
        });
        return new PlanCatalog(versions);
    }

    public PlanVersions versionsOf(String planId) {
        PlanVersions versions = plans.get(planId);
        if (versions == null) {
            throw new UnknownPlan(planId);
        }
        return versions;
    }

    public Set<String> ids() {
        return plans.keySet();
    }
}
