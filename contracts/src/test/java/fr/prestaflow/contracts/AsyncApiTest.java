package fr.prestaflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.care.BeneficiaryRef;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.events.v1.AdjudicatedLine;
import fr.prestaflow.contracts.events.v1.ClaimEvent;
import fr.prestaflow.contracts.events.v1.ClaimTotals;
import fr.prestaflow.contracts.events.v1.EventTypes;
import fr.prestaflow.contracts.events.v1.Payee;
import fr.prestaflow.contracts.money.Money;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/** The AsyncAPI document is checked against the code: a field, event or topic that differs fails the build. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AsyncApiTest {

    private static final Map<String, Object> SPEC = load();

    static Stream<Class<?>> documentedRecords() {
        Stream<Class<?>> events = Arrays.stream(ClaimEvent.class.getPermittedSubclasses());
        return Stream.concat(events, Stream.of(Money.class, BeneficiaryRef.class, CareLine.class, AdjudicatedLine.class,
                ClaimTotals.class, Payee.class));
    }

    @ParameterizedTest
    @MethodSource("documentedRecords")
    void every_record_on_the_wire_has_a_schema_with_exactly_its_fields(Class<?> type) {
        Map<String, Object> schema = map(map(map(SPEC.get("components")).get("schemas")).get(type.getSimpleName()));

        List<String> fields = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        assertThat(map(schema.get("properties")).keySet()).containsExactlyInAnyOrderElementsOf(fields);
    }

    @ParameterizedTest
    @MethodSource("claimEvents")
    void every_claim_event_is_a_message_named_after_its_ce_type(Class<?> type) {
        Map<String, Object> message = map(map(map(SPEC.get("components")).get("messages")).get(type.getSimpleName()));

        assertThat(message.get("name")).isEqualTo(EventTypes.typeOf(type));
    }

    static Stream<Class<?>> claimEvents() {
        return Arrays.stream(ClaimEvent.class.getPermittedSubclasses());
    }

    @Test
    void every_topic_constant_is_a_channel_and_every_channel_a_topic() throws IllegalAccessException {
        List<String> topics = new java.util.ArrayList<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class && !field.getName().equals("DLT_SUFFIX")) {
                topics.add((String) field.get(null));
            }
        }
        List<Object> addresses = map(SPEC.get("channels")).values().stream().map(c -> map(c).get("address")).toList();

        assertThat(addresses).containsExactlyInAnyOrderElementsOf(topics);
    }

    @Test
    void the_care_category_enumeration_matches_the_code() {
        Map<String, Object> schema = map(map(map(SPEC.get("components")).get("schemas")).get("CareCategory"));

        assertThat(((List<?>) schema.get("enum")).stream().map(String::valueOf).toList()).containsExactlyElementsOf(
                Arrays.stream(CareCategory.values()).map(Enum::name).toList());
    }

    private static Map<String, Object> load() {
        try (InputStream in = AsyncApiTest.class.getResourceAsStream("/asyncapi.yaml")) {
            return new Yaml().load(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
