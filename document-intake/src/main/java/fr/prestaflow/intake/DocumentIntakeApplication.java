package fr.prestaflow.intake;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

@SpringBootApplication
@EnableConfigurationProperties(IntakeProperties.class)
public class DocumentIntakeApplication {

    public static void main(String[] args) {
        SpringApplication.run(DocumentIntakeApplication.class, args);
    }
}
