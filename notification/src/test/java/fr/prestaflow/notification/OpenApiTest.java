package fr.prestaflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.Channel;
import fr.prestaflow.contracts.money.Money;
import fr.prestaflow.notification.preferences.ContactChannel;
import fr.prestaflow.notification.timeline.Amounts;
import fr.prestaflow.notification.timeline.Beneficiary;
import fr.prestaflow.notification.timeline.ClaimDetail;
import fr.prestaflow.notification.timeline.ClaimPage;
import fr.prestaflow.notification.timeline.ClaimStatus;
import fr.prestaflow.notification.timeline.ClaimSummary;
import fr.prestaflow.notification.timeline.Line;
import fr.prestaflow.notification.timeline.Payment;
import fr.prestaflow.notification.timeline.StatusUpdate;
import fr.prestaflow.notification.timeline.Step;
import fr.prestaflow.notification.wording.Explanation;
import fr.prestaflow.testsupport.OpenApiConformance;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.yaml.snakeyaml.Yaml;

/** The OpenAPI document (static/openapi.yaml) says what the controllers and the records they exchange really do. */
class OpenApiTest extends NotificationTest {

    private static final String SPEC = "static/openapi.yaml";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void every_operation_of_the_code_is_in_the_openapi_document_with_its_problems_and_nothing_else_is() {
        OpenApiConformance.assertCodeMatchesSpec(mapping, SPEC, "openapi/platform.yaml", "openapi/privacy.yaml");
    }

    @Test
    void every_property_of_a_claim_detail_is_in_the_claim_detail_schema_and_nothing_else_is() {
        assertThat(schemaProperties("ClaimDetail")).as("properties of the ClaimDetail schema")
                .containsExactlyInAnyOrderElementsOf(componentNames(ClaimDetail.class));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {ClaimPage.class, ClaimSummary.class, Step.class, Line.class, Amounts.class, Payment.class,
            Beneficiary.class, StatusUpdate.class, Explanation.class, Money.class})
    void every_other_record_the_api_returns_has_a_schema_with_exactly_its_properties(Class<?> record) {
        assertThat(schemaProperties(record.getSimpleName())).as("properties of the " + record.getSimpleName() + " schema")
                .containsExactlyInAnyOrderElementsOf(componentNames(record));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr.prestaflow.notification.preferences.Preferences",
            "fr.prestaflow.notification.preferences.PreferencesRequest"})
    void the_preferences_read_and_written_have_a_schema_with_exactly_their_properties(String className)
            throws ClassNotFoundException {
        Class<?> record = Class.forName(className);
        assertThat(schemaProperties(record.getSimpleName())).as("properties of the " + record.getSimpleName() + " schema")
                .containsExactlyInAnyOrderElementsOf(componentNames(record));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {ClaimStatus.class, Channel.class, CareCategory.class, ContactChannel.class})
    void every_enum_of_the_api_has_a_schema_with_exactly_its_values(Class<? extends Enum<?>> type) {
        Object values = schema(type.getSimpleName()).get("enum");
        assertThat(values).as("values of the " + type.getSimpleName() + " schema").isInstanceOf(List.class);
        assertThat(((List<?>) values).stream().map(String::valueOf).toList()).containsExactlyInAnyOrderElementsOf(
                Stream.of(type.getEnumConstants()).map(Enum::name).toList());
    }

    private static List<String> componentNames(Class<?> record) {
        assertThat(record.isRecord()).as(record + " is a record").isTrue();
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static List<String> schemaProperties(String schema) {
        Object properties = schema(schema).get("properties");
        assertThat(properties).as("properties of the " + schema + " schema").isInstanceOf(Map.class);
        return ((Map<?, ?>) properties).keySet().stream().map(String::valueOf).toList();
    }

    private static Map<?, ?> schema(String name) {
        Map<?, ?> schemas = child(child(spec(), "components"), "schemas");
        return child(schemas, name);
    }

    private static Map<?, ?> child(Map<?, ?> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key + " in " + SPEC).isInstanceOf(Map.class);
        return (Map<?, ?>) value;
    }

    private static Map<?, ?> spec() {
        try (InputStream in = OpenApiTest.class.getClassLoader().getResourceAsStream(SPEC)) {
            assertThat(in).as(SPEC + " on the classpath").isNotNull();
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
