package fr.prestaflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.events.v1.ClaimAdjudicated;
import fr.prestaflow.contracts.events.v1.ClaimAnalysed;
import fr.prestaflow.contracts.events.v1.ClaimEvent;
import fr.prestaflow.contracts.events.v1.EventTypes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EventJsonTest {

    private final ObjectMapper mapper = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(classes = {ClaimAnalysed.class, ClaimAdjudicated.class})
    void sample_payloads_read_and_write_back_to_the_same_json(Class<? extends ClaimEvent> type) throws IOException {
        String sample = sample(type.getSimpleName());

        ClaimEvent event = mapper.readValue(sample, type);
        JsonNode written = mapper.readTree(mapper.writeValueAsString(event));

        assertThat(written).isEqualTo(mapper.readTree(sample));
    }

    @Test
    void amounts_travel_as_integer_cents() throws IOException {
        ClaimAdjudicated event = mapper.readValue(sample("ClaimAdjudicated"), ClaimAdjudicated.class);

        assertThat(event.reimbursed().cents()).isEqualTo(1840);
        assertThat(event.lines().getFirst().careCategory()).isEqualTo(CareCategory.SPECIALIST_CONSULTATION);
        assertThat(mapper.readTree(mapper.writeValueAsString(event)).at("/totals/billed/cents").asLong()).isEqualTo(8000);
    }

    @Test
    void the_ce_type_names_the_record_and_its_version() {
        assertThat(EventTypes.typeOf(ClaimAdjudicated.class)).isEqualTo("fr.prestaflow.ClaimAdjudicated.v1");
        assertThat(EventTypes.classOf("fr.prestaflow.ClaimAnalysed.v1")).contains(ClaimAnalysed.class);
        assertThat(EventTypes.classOf("fr.prestaflow.Unknown.v1")).isEmpty();
    }

    private static String sample(String name) throws IOException {
        try (InputStream in = EventJsonTest.class.getResourceAsStream("/samples/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
