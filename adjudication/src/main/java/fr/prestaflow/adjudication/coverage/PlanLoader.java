package fr.prestaflow.adjudication.coverage;

import fr.prestaflow.adjudication.rules.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads plan files (shared/domain/plans/*.json): each is validated against plan.schema.json before it becomes a
 * {@link Plan}; a bad file fails with an {@link InvalidPlanFile} naming the file and every problem found.
 */
public final class PlanLoader {

    /** The plans shipped in this module under {@code plans/} on the classpath. */
    public static final List<String> BUNDLED_PLAN_IDS = List.of("ESSENTIEL", "CONFORT", "SERENITE");

    private static final String SCHEMA_FILE_NAME = "plan.schema.json";

    private final PlanSchema schema = new PlanSchema();
    private final JsonMapper mapper = JsonMapper.builder().build();

    /** The bundled plans, as a catalog by plan id. */
    public PlanCatalog loadBundled() {
        return PlanCatalog.of(bundledDocuments().stream().map(PlanDocument::plan).toList());
    }

    /** The bundled plans with the JSON text each was read from, which the service stores as it is. */
    public List<PlanDocument> bundledDocuments() {
        List<PlanDocument> documents = new ArrayList<>();
        for (String id : BUNDLED_PLAN_IDS) {
            String resource = "plans/" + id + ".json";
            String json = readResource(resource);
            documents.add(new PlanDocument(parse(resource, json), json));
        }
        return documents;
    }

    /** Every {@code *.json} of a directory but the schema itself. */
    public PlanCatalog loadDirectory(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            List<Plan> plans = files
                    .filter(file -> file.getFileName().toString().endsWith(".json"))
                    .filter(file -> !file.getFileName().toString().equals(SCHEMA_FILE_NAME))
                    .sorted()
                    .map(this::load)
                    .toList();
            return PlanCatalog.of(plans);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list plan directory " + directory, e);
        }
    }

    public Plan load(Path file) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidPlanFile(file.toString(), "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** {@code source} names the file in error messages. */
    public Plan parse(String source, String json) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidPlanFile(source, "not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidPlanFile(source, "empty file");
        }
        List<String> violations = schema.violations(json, root);
        if (!violations.isEmpty()) {
            throw new InvalidPlanFile(source, "does not match " + SCHEMA_FILE_NAME + ": "
                    + String.join("; ", violations));
        }
        try {
            return PlanJson.toPlan(root);
        } catch (RuntimeException e) {
            throw new InvalidPlanFile(source, e.getMessage(), e);
        }
    }

    private static String readResource(String resource) {
        try (InputStream in = PlanLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidPlanFile(resource, "no such classpath resource");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidPlanFile(resource, "cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
