package fr.prestaflow.adjudication.coverage;

import fr.prestaflow.adjudication.rules.Plan;
import fr.prestaflow.adjudication.rules.PlanVersions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every plan version the service knows, stored in {@code plan_version} and kept in memory for the engine. At startup
 * the bundled plan files (already checked by the {@link PlanLoader}: a bad file stops startup with its message) are
 * inserted when absent; then every stored version is read back, so versions from earlier releases keep applying to
 * the care dates they cover (REIMBURSEMENT_RULES.md §1).
 */
public class PlanRegistry {

    private static final Logger log = LoggerFactory.getLogger(PlanRegistry.class);

    private final PlanCatalog catalog;
    private final List<StoredPlan> stored;

    PlanRegistry(JdbcClient jdbc, PlanLoader loader, List<PlanDocument> bundled) {
        bundled.forEach(document -> storeIfAbsent(jdbc, document));
        List<StoredPlan> rows = jdbc.sql("""
                        select plan_id, version, valid_from, document::text as document, loaded_at
                        from plan_version order by plan_id, version""")
                .query((rs, n) -> {
                    String source = "stored plan " + rs.getString("plan_id") + " version " + rs.getInt("version");
                    return new StoredPlan(loader.parse(source, rs.getString("document")), rs.getString("document"),
                            rs.getObject("loaded_at", java.time.OffsetDateTime.class).toInstant());
                })
                .list();
        this.stored = List.copyOf(rows);
        this.catalog = PlanCatalog.of(rows.stream().map(StoredPlan::plan).toList());
        log.info("Plans in force: {}", catalog.ids());
    }

    private static void storeIfAbsent(JdbcClient jdbc, PlanDocument document) {
        Plan plan = document.plan();
        int inserted = jdbc.sql("""
                        insert into plan_version (plan_id, version, valid_from, name, document)
                        values (:id, :version, :validFrom, :name, cast(:document as jsonb))
                        on conflict do nothing""")
                .param("id", plan.id())
                .param("version", plan.version())
                .param("validFrom", plan.validFrom())
                .param("name", plan.name())
                .param("document", document.json())
                .update();
        if (inserted == 1) {
            log.info("Stored plan {} version {} (from {})", plan.id(), plan.version(), plan.validFrom());
            return;
        }
        Optional<Boolean> same = jdbc.sql("""
                        select document = cast(:document as jsonb) from plan_version where plan_id = :id and version = :version""")
                .param("id", plan.id())
                .param("version", plan.version())
                .param("document", document.json())
                .query(Boolean.class)
                .optional();
        if (same.isEmpty()) {
            throw new IllegalStateException("Plan " + plan.id() + " version " + plan.version() + " starts on "
                    + plan.validFrom() + ", the same day as another stored version of that plan");
        }
        if (!same.get()) {
            log.warn("Plan {} version {} differs from the stored one, which is kept: a change of terms is a new version",
                    plan.id(), plan.version());
        }
    }

    /** The versions of a plan; {@link UnknownPlan} when no version of it is stored. */
    public PlanVersions versionsOf(String planId) {
        return catalog.versionsOf(planId);
    }

    public boolean exists(String planId) {
        return catalog.ids().contains(planId);
    }

    /** Every stored version, by plan id then version. */
    public List<StoredPlan> stored() {
        return stored;
    }

    public List<StoredPlan> stored(String planId) {
        return stored.stream().filter(plan -> plan.plan().id().equals(planId)).toList();
    }

    /** The version a claim line dated {@code careDate} is adjudicated under. */
    public int versionInForce(String planId, LocalDate careDate) {
        return versionsOf(planId).inForceOn(careDate).version();
    }

    /** One version per plan: the one in force on {@code date}. */
    public List<Plan> inForceOn(LocalDate date) {
        List<Plan> plans = new ArrayList<>();
        for (String id : catalog.ids()) {
            plans.add(catalog.versionsOf(id).inForceOn(date));
        }
        plans.sort(Comparator.comparing(Plan::id));
        return plans;
    }

    /** A stored plan version with its JSON document. */
    public record StoredPlan(Plan plan, String document, Instant loadedAt) {
    }
}
