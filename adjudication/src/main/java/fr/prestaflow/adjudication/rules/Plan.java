package fr.prestaflow.adjudication.rules;

import fr.prestaflow.contracts.care.CareCategory;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** One version of a plan: a guarantee for every care category. {@code responsible} = contrat responsable (§12). */
public record Plan(String id, String name, int version, LocalDate validFrom, boolean responsible,
                   Map<CareCategory, Guarantee> coverage) {

    public Plan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(coverage, "coverage");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1");
        }
        for (CareCategory category : CareCategory.values()) {
            if (!coverage.containsKey(category)) {
                throw new IllegalArgumentException("plan " + id + " has no guarantee for " + category);
            }
        }
        coverage = Map.copyOf(new EnumMap<>(coverage));
    }

    public Guarantee guaranteeFor(CareCategory category) {
        return coverage.get(category);
    }
}
