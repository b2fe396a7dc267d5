package fr.prestaflow.adjudication.coverage;

import fr.prestaflow.adjudication.rules.Plan;
import java.util.Objects;

/** A plan version and the JSON document (valid against plan.schema.json) it was read from. */
public record PlanDocument(Plan plan, String json) {

    public PlanDocument {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(json, "json");
    }
}
