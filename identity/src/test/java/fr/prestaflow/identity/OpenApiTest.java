package fr.prestaflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.prestaflow.testsupport.OpenApiConformance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

class OpenApiTest extends IdentityTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void the_openapi_document_matches_the_controllers() {
        OpenApiConformance.assertCodeMatchesSpec(mapping, "static/openapi.yaml");
    }

    @Test
    void the_openapi_document_is_served() {
        assertThat(mvc.get().uri("/openapi.yaml").exchange()).hasStatusOk();
    }
}
