package fr.prestaflow.adjudication;

import fr.prestaflow.testsupport.OpenApiConformance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

class OpenApiTest extends AdjudicationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Test
    void every_endpoint_of_the_code_is_in_the_openapi_document_and_nothing_else() {
        OpenApiConformance.assertCodeMatchesSpec(handlerMapping, "static/openapi.yaml", "openapi/platform.yaml", "openapi/privacy.yaml");
    }
}
