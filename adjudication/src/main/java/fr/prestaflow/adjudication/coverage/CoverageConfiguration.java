package fr.prestaflow.adjudication.coverage;

import fr.prestaflow.adjudication.rules.AdjudicationEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class CoverageConfiguration {

    /** Reads and checks the bundled plan files first: a bad one stops startup with the loader's message. */
    @Bean
    PlanRegistry planRegistry(JdbcClient jdbc) {
        var loader = new PlanLoader();
        return new PlanRegistry(jdbc, loader, loader.bundledDocuments());
    }

    @Bean
    AdjudicationEngine adjudicationEngine() {
        return new AdjudicationEngine();
    }
}
