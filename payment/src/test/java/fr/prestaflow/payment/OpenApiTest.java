package fr.prestaflow.payment;

import fr.prestaflow.testsupport.OpenApiConformance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

class OpenApiTest extends PaymentIntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void every_operation_of_the_code_is_in_the_openapi_document_with_its_problems_and_nothing_else_is() {
        OpenApiConformance.assertCodeMatchesSpec(mapping, "static/openapi.yaml", "openapi/platform.yaml", "openapi/privacy.yaml");
    }
}
