package fr.prestaflow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.intake.documents.RefusalCode;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ErrorCodeTest {

    @Test
    void every_upload_refusal_is_answered_with_its_own_code_and_a_client_error() {
        for (RefusalCode refusal : RefusalCode.values()) {
            ErrorCode code = ErrorCode.of(refusal);

            assertThat(code.name()).isEqualTo(refusal.name());
            assertThat(code.status().is4xxClientError()).isTrue();
        }
    }

    @Test
    void codes_are_upper_snake_case() {
        assertThat(Arrays.stream(ErrorCode.values()).map(Enum::name)).allMatch(name -> name.matches("[A-Z][A-Z0-9_]*"));
    }
}
