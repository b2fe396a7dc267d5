package fr.prestaflow.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.yaml.snakeyaml.Yaml;

/**
 * Fails when a service's OpenAPI document and its controllers disagree: an operation in the code but not in the spec,
 * one in the spec but not in the code, or an operation whose errors are not documented as Problem Details.
 */
public final class OpenApiConformance {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch");

    private OpenApiConformance() {
    }

    /** {@code specResources}: classpath resources, e.g. "static/openapi.yaml" and "openapi/platform.yaml". */
    public static void assertCodeMatchesSpec(RequestMappingHandlerMapping mapping, String... specResources) {
        Set<String> documented = new TreeSet<>();
        List<String> undocumentedErrors = new ArrayList<>();
        for (String resource : specResources) {
            Map<String, Object> spec = load(resource);
            map(spec.get("paths")).forEach((path, item) -> map(item).forEach((method, operation) -> {
                if (HTTP_METHODS.contains(method)) {
                    String key = method.toUpperCase() + " " + normalise(path);
                    documented.add(key);
                    if (!documentsProblems(map(operation))) {
                        undocumentedErrors.add(key);
                    }
                }
            }));
        }
        Set<String> implemented = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    implemented.add(method.name() + " " + normalise(pattern));
                }
            }
        }
        assertThat(implemented).as("operations of the code vs the OpenAPI document").containsExactlyInAnyOrderElementsOf(documented);
        assertThat(undocumentedErrors).as("operations without a documented Problem Details error").isEmpty();
    }

    private static boolean documentsProblems(Map<String, Object> operation) {
        Object responses = operation.get("responses");
        return responses instanceof Map<?, ?> all && all.keySet().stream().map(String::valueOf)
                .anyMatch(status -> status.startsWith("4") || status.startsWith("5"));
    }

    private static String normalise(String path) {
        return path.replaceAll("\\{[^}]+}", "{}");
    }

    private static Map<String, Object> load(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("OpenAPI document " + resource).isNotNull();
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
    }
}
