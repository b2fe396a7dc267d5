package fr.prestaflow.intake.documents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DocumentsConfiguration {

    @Bean
    DocumentInspector documentInspector() {
        return new DocumentInspector();
    }
}
