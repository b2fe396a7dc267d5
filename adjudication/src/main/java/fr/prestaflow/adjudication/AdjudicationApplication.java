package fr.prestaflow.adjudication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

@SpringBootApplication
@EnableConfigurationProperties(AdjudicationProperties.class)
public class AdjudicationApplication {

    public static void main(String[] args) {
        SpringApplication.run(AdjudicationApplication.class, args);
    }
}
