package fr.prestaflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PlatformTest
class ProblemDetailsTest {

    @Autowired MockMvcTester mvc;

    @Test
    void a_domain_error_is_a_problem_with_its_stable_code() {
        assertThat(mvc.get().uri("/api/v1/teapots"))
                .hasStatus(409)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.code").isEqualTo("TEAPOT_BUSY");
    }

    @Test
    void an_invalid_body_names_the_field_in_a_validation_problem() {
        var result = mvc.post().uri("/api/v1/greetings").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\"}");

        assertThat(result).hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_FAILED");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("name");
    }

    @Test
    void malformed_json_is_a_problem_with_a_code() {
        assertThat(mvc.post().uri("/api/v1/greetings").contentType(MediaType.APPLICATION_JSON).content("{oops"))
                .hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("MALFORMED_REQUEST");
    }

    @Test
    void an_unknown_path_and_a_wrong_method_are_problems_with_codes() {
        assertThat(mvc.get().uri("/api/v1/nowhere")).hasStatus(404).bodyJson().extractingPath("$.code").isEqualTo("NOT_FOUND");
        assertThat(mvc.delete().uri("/api/v1/teapots")).hasStatus(405)
                .bodyJson().extractingPath("$.code").isEqualTo("METHOD_NOT_ALLOWED");
    }

    @Test
    void an_unexpected_error_hides_its_detail() {
        var result = mvc.get().uri("/api/v1/crash");

        assertThat(result).hasStatus(500).bodyJson().extractingPath("$.code").isEqualTo("INTERNAL_ERROR");
        assertThat(result).bodyText().doesNotContain("secret internal detail");
    }

    @Test
    void a_controller_knows_the_caller_from_the_gateway_headers() {
        assertThat(mvc.get().uri("/api/v1/whoami").header("X-Member-Contract", "CT-000001")).hasStatus(200)
                .bodyText().isEqualTo("CT-000001");
        assertThat(mvc.get().uri("/api/v1/whoami").header("X-Role", "ops").header("X-Agent", "agent-7")).hasStatus(200)
                .bodyText().isEqualTo("staff [OPS] agent-7");
    }

    @Test
    void a_request_without_identity_is_unauthenticated() {
        assertThat(mvc.get().uri("/api/v1/whoami")).hasStatus(401)
                .bodyJson().extractingPath("$.code").isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void dead_letters_are_for_ops_only() {
        assertThat(mvc.get().uri("/api/v1/dead-letters").header("X-Member-Contract", "CT-000001")).hasStatus(403)
                .bodyJson().extractingPath("$.code").isEqualTo("FORBIDDEN");
    }

    @Test
    void an_unknown_dead_letter_is_a_problem() {
        assertThat(mvc.get().uri("/api/v1/dead-letters/00000000-0000-0000-0000-000000000000").header("X-Role", "OPS"))
                .hasStatus(404)
                .bodyJson().extractingPath("$.code").isEqualTo("DEAD_LETTER_NOT_FOUND");
    }
}
