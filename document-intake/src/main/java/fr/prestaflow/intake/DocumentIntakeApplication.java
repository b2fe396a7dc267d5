package fr.prestaflow.intake;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DocumentIntakeApplication {

    public static void main(String[] args) {
        SpringApplication.run(DocumentIntakeApplication.class, args);
    }
}
