package fr.prestaflow.notification.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.prestaflow.notification.timeline.TimelineStore.LineRow;
import fr.prestaflow.notification.timeline.TimelineStore.StepRow;
import fr.prestaflow.platform.json.SpreadConstructors;
import java.util.List;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code lines} and {@code steps} json of a {@code claim_timeline} row. A mapper of its own, not the application's,
 * so that a change of the API's JSON settings cannot change what is stored: empty values are left out (read back as
 * null, or an empty list), moments are ISO-8601 text, keys it does not know are skipped.
 */
final class TimelineJson {

    // Buffers recycled per thread: the shared pool's concurrent deque cost about 4 % of notification's CPU, writing
    // these columns on the consumer thread.
    private static final JsonMapper JSON = JsonMapper.builder(
                    JsonFactory.builder().recyclerPool(JsonRecyclerPools.threadLocalPool()).build())
            .addModule(new SpreadConstructors())
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY))
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final TypeReference<List<LineRow>> LINES = new TypeReference<>() {
    };
    private static final TypeReference<List<StepRow>> STEPS = new TypeReference<>() {
    };

    private TimelineJson() {
    }

    static String write(List<?> rows) {
        return JSON.writeValueAsString(rows);
    }

    static List<LineRow> lines(String json) {
        return json == null ? List.of() : JSON.readValue(json, LINES);
    }

    static List<StepRow> steps(String json) {
        return json == null ? List.of() : JSON.readValue(json, STEPS);
    }
}
