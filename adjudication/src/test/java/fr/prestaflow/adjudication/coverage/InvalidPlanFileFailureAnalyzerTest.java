package fr.prestaflow.adjudication.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InvalidPlanFileFailureAnalyzerTest {

    @Test
    void a_bad_plan_file_that_stops_startup_is_reported_with_the_loaders_message() {
        Throwable invalid = catchThrowable(() -> new PlanLoader().parse("plans/BROKEN.json", "{\"id\": \"BROKEN\"}"));
        var startupFailure = new BeanCreationException("planRegistry", "Failed to instantiate", invalid);

        FailureAnalysis analysis = new InvalidPlanFileFailureAnalyzer().analyze(startupFailure);

        assertThat(analysis.getDescription()).startsWith("Invalid plan file plans/BROKEN.json: does not match plan.schema.json");
        assertThat(analysis.getAction()).contains("plans/BROKEN.json");
    }
}
