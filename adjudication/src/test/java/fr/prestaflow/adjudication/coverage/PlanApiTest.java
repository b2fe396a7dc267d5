package fr.prestaflow.adjudication.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.adjudication.AdjudicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

class PlanApiTest extends AdjudicationTest {

    @Test
    void the_bundled_plans_are_stored_versioned_at_startup() {
        assertThat(jdbc.sql("select plan_id || ' v' || version || ' ' || valid_from from plan_version order by plan_id")
                .query(String.class).list())
                .containsExactly("CONFORT v1 2025-01-01", "ESSENTIEL v1 2025-01-01", "SERENITE v1 2025-01-01");
    }

    @Test
    void the_plans_are_listed_with_the_version_in_force() {
        JsonNode plans = body(mvc.get().uri("/api/v1/plans").exchange());

        assertThat(plans).extracting(plan -> plan.get("id").asString()).containsExactly("CONFORT", "ESSENTIEL", "SERENITE");
        assertThat(plans.get(0).get("version").asInt()).isEqualTo(1);
        assertThat(plans.get(0).get("versions").get(0).get("validFrom").asString()).isEqualTo("2025-01-01");
    }

    @Test
    void a_plan_is_shown_with_the_document_of_each_version() {
        JsonNode plan = body(mvc.get().uri("/api/v1/plans/CONFORT").header("X-Member-Contract", "CT-1").exchange());

        assertThat(plan.get("name").asString()).isEqualTo("Confort");
        JsonNode document = plan.get("versions").get(0).get("document");
        assertThat(document.get("coverage").get("CONTACT_LENSES").get("amountCents").asLong()).isEqualTo(15000);
    }

    @Test
    void an_unknown_plan_is_not_found() {
        MvcTestResult result = mvc.get().uri("/api/v1/plans/PLATINE").exchange();

        assertThat(result).hasStatus(404);
        assertThat(body(result).get("code").asString()).isEqualTo("PLAN_NOT_FOUND");
    }
}
