package fr.prestaflow.intake;

import fr.prestaflow.testsupport.OpenApiConformance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

class OpenApiTest extends IntakeIntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Test
    void every_operation_of_the_code_is_in_the_openapi_document_with_its_problems_and_nothing_else() {
        OpenApiConformance.assertCodeMatchesSpec(handlerMapping, "static/openapi.yaml", "openapi/platform.yaml", "openapi/privacy.yaml");
    }

    @Test
    void the_openapi_document_is_served() {
        org.assertj.core.api.Assertions.assertThat(mvc.get().uri("/openapi.yaml")).hasStatusOk();
    }
}
