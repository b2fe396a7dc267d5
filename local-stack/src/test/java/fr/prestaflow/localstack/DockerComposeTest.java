package fr.prestaflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.localstack.StackSettings.Service;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml cannot run here (no Docker engine): it is checked against the modules and the local stack instead. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DockerComposeTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final StackSettings LOCAL = StackSettings.defaults(ROOT);
    private final Map<String, Object> services = services();

    @ParameterizedTest
    @EnumSource(Service.class)
    void every_service_is_built_from_its_module_and_listens_on_the_local_stack_port(Service service) {
        Map<String, Object> compose = service(service.module());

        assertThat(ROOT.resolve(service.module()).resolve("pom.xml")).exists();
        assertThat(map(map(compose.get("build")).get("args")).get("MODULE")).isEqualTo(service.module());
        int port = LOCAL.port(service);
        assertThat(list(compose.get("ports"))).containsExactly(port + ":" + port);
        assertThat(map(compose.get("environment")).get("PORT")).isEqualTo(Integer.toString(port));
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void every_service_has_a_healthcheck_on_its_actuator(Service service) {
        Map<String, Object> healthcheck = map(service(service.module()).get("healthcheck"));

        assertThat(String.join(" ", list(healthcheck.get("test")))).contains("/actuator/health");
        assertThat(healthcheck).containsKeys("interval", "retries");
    }

    @ParameterizedTest
    @EnumSource(value = Service.class, mode = EnumSource.Mode.EXCLUDE, names = "GATEWAY")
    void services_wait_for_a_healthy_database_and_use_it(Service service) {
        Map<String, Object> compose = service(service.module());
        Map<String, Object> dependsOn = map(compose.get("depends_on"));

        assertThat(map(dependsOn.get("postgres")).get("condition")).isEqualTo("service_healthy");
        assertThat(map(compose.get("environment")).get("DB_HOST")).isEqualTo("postgres");
    }

    /** Identity publishes no events: it needs no broker. */
    @ParameterizedTest
    @EnumSource(value = Service.class, mode = EnumSource.Mode.EXCLUDE, names = {"GATEWAY", "IDENTITY"})
    void event_driven_services_wait_for_a_healthy_broker_and_use_it(Service service) {
        Map<String, Object> compose = service(service.module());
        Map<String, Object> dependsOn = map(compose.get("depends_on"));

        assertThat(map(dependsOn.get("kafka")).get("condition")).isEqualTo("service_healthy");
        assertThat(map(compose.get("environment")).get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
    }

    /** docs/security.md: keys from the host's environment, else the platform's demo keys, accepted in the local profile. */
    @ParameterizedTest
    @EnumSource(value = Service.class, mode = EnumSource.Mode.EXCLUDE, names = {"GATEWAY", "IDENTITY"})
    void services_storing_personal_data_take_their_keys_from_the_host_else_the_demo_keys(Service service)
            throws IOException {
        Map<String, Object> environment = map(service(service.module()).get("environment"));
        var defaults = new java.util.Properties();
        try (Reader reader = Files.newBufferedReader(
                ROOT.resolve("platform/src/main/resources/prestaflow-platform.properties"))) {
            defaults.load(reader);
        }

        assertThat(environment.get("PRESTAFLOW_PROFILE")).isEqualTo("local");
        for (String property : List.of("keys", "current-key", "blind-index-key")) {
            String platformDefault = defaults.getProperty("prestaflow.crypto." + property); // ${VARIABLE:default}
            String variable = platformDefault.substring(2, platformDefault.indexOf(':'));
            String demo = platformDefault.substring(platformDefault.indexOf(':') + 1, platformDefault.length() - 1);
            assertThat(String.valueOf(environment.get(variable))).startsWith("${" + variable + ":-" + demo);
        }
        assertThat(LOCAL.serviceEnvironment(new PostgresServer.Connection("h", 1, "d", "u", "p", "test")))
                .containsEntry("PRESTAFLOW_PROFILE", "local");
    }

    @Test
    void identity_issues_tokens_for_the_issuer_the_gateway_checks() {
        Map<String, Object> identity = map(service(Service.IDENTITY.module()).get("environment"));
        Map<String, Object> gateway = map(service(Service.GATEWAY.module()).get("environment"));

        assertThat(identity.get("IDENTITY_ISSUER_URL")).isEqualTo(gateway.get("IDENTITY_ISSUER_URL"));
        assertThat(identity.get("PRESTAFLOW_PROFILE")).isEqualTo("local");
    }

    @Test
    void the_gateway_waits_for_every_service_and_routes_to_them() {
        Map<String, Object> gateway = service(Service.GATEWAY.module());
        Map<String, Object> dependsOn = map(gateway.get("depends_on"));
        Map<String, Object> environment = map(gateway.get("environment"));
        var local = LOCAL.serviceEnvironment(new PostgresServer.Connection("h", 1, "d", "u", "p", "test"));

        for (Service service : Service.values()) {
            if (service == Service.GATEWAY) {
                continue;
            }
            assertThat(map(dependsOn.get(service.module())).get("condition")).isEqualTo("service_healthy");
            assertThat(environment).containsKey(service.urlVariable());
            assertThat(environment.get(service.urlVariable()))
                    .isEqualTo("http://" + service.module() + ":" + LOCAL.port(service));
            assertThat(local).containsKey(service.urlVariable());
        }
    }

    @Test
    void the_infrastructure_has_healthchecks() {
        assertThat(service("postgres")).containsKey("healthcheck");
        assertThat(service("kafka")).containsKey("healthcheck");
        assertThat(services).containsKeys("mail", "prometheus", "grafana");
    }

    @Test
    void every_spring_boot_module_of_the_reactor_is_in_compose() throws IOException {
        try (var modules = Files.list(ROOT)) {
            List<String> bootModules = modules
                    .filter(dir -> Files.exists(dir.resolve("pom.xml")))
                    .filter(dir -> read(dir.resolve("pom.xml")).contains("spring-boot-maven-plugin"))
                    .map(dir -> dir.getFileName().toString())
                    .toList();

            assertThat(bootModules).isNotEmpty();
            assertThat(services.keySet()).containsAll(bootModules);
        }
    }

    private Map<String, Object> service(String name) {
        assertThat(services).containsKey(name);
        return map(services.get(name));
    }

    private static Map<String, Object> services() {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            return map(compose.get("services"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return ((List<Object>) value).stream().map(String::valueOf).toList();
    }
}
