package fr.prestaflow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.localstack.StackSettings;
import fr.prestaflow.localstack.StackSettings.Service;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StackIT {

    private static StackSettings stack;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startStack() {
        stack = RunningStack.start();
    }

    @ParameterizedTest
    @EnumSource(value = Service.class, mode = EnumSource.Mode.EXCLUDE, names = "GATEWAY")
    void every_service_is_reachable_and_healthy_through_the_gateway(Service service) throws Exception {
        HttpResponse<String> health = get("/api/v1/health/" + service.module());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void a_path_without_a_token_answers_a_problem_through_the_gateway() throws Exception {
        HttpResponse<String> response = get("/api/v1/no-such-thing");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"code\":\"UNAUTHENTICATED\"");
    }

    @Test
    void a_demo_member_logs_in_through_the_gateway_and_reads_the_plans_with_the_token() throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/v1/auth/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"ct-000001\",\"password\":\"prestaflow-demo\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        String token = login.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");

        HttpResponse<String> plans = http.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/v1/plans"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(plans.statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
