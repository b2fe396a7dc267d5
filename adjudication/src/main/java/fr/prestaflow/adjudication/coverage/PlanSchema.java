package fr.prestaflow.adjudication.coverage;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * plan.schema.json (draft 2020-12), checked with networknt json-schema-validator, which parses with Jackson 2 on its
 * own; nothing else here depends on Jackson 2.
 */
final class PlanSchema {

    static final String RESOURCE = "plans/plan.schema.json";

    /** A message raised inside the {@code oneOf} branch {@code [n]} of one coverage entry. */
    private static final Pattern COVERAGE_BRANCH = Pattern.compile(
            "/properties/coverage/properties/([A-Z0-9_]+)/\\$ref/oneOf(?:/(\\d+))?");

    private final JsonSchema schema;
    /** The {@code type} constant of each branch of {@code $defs.coverage.oneOf}, in order. */
    private final List<String> branchTypes;

    PlanSchema() {
        String text = readSchema();
        var config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).pathType(PathType.JSON_POINTER)
                .build();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(text, config);
        JsonNode branches = JsonMapper.builder().build().readTree(text).path("$defs").path("coverage").path("oneOf");
        branchTypes = branches.values().stream()
                .map(branch -> branch.path("properties").path("type").path("const").asString(""))
                .toList();
    }

    /**
     * The schema violations of a plan document, one readable line each; empty when valid. A coverage entry is checked
     * against ten {@code oneOf} branches, one per guarantee type: only the problems of the branch its {@code type}
     * names are kept, since the other nine only say it is not that type.
     */
    List<String> violations(String json, JsonNode root) {
        return schema.validate(json, InputFormat.JSON).stream()
                .flatMap(message -> readable(message, root))
                .distinct()
                .sorted()
                .toList();
    }

    private Stream<String> readable(ValidationMessage message, JsonNode root) {
        Matcher branch = COVERAGE_BRANCH.matcher(message.getEvaluationPath().toString());
        if (!branch.find()) {
            return Stream.of(message.getMessage());
        }
        String category = branch.group(1);
        Optional<String> type = Optional.ofNullable(root.path("coverage").path(category).get("type"))
                .filter(JsonNode::isString).map(JsonNode::asString);
        if (type.isEmpty() || !branchTypes.contains(type.get())) {
            return Stream.of("/coverage/" + category + "/type: must be one of " + branchTypes);
        }
        if (branch.group(2) == null) {
            return Stream.empty();
        }
        String branchType = branchTypes.get(Integer.parseInt(branch.group(2)));
        return branchType.equals(type.get()) ? Stream.of(message.getMessage()) : Stream.empty();
    }

    private static String readSchema() {
        try (InputStream in = PlanSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
