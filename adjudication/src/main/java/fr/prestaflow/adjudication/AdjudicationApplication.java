package fr.prestaflow.adjudication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AdjudicationApplication {

    public static void main(String[] args) {
        SpringApplication.run(AdjudicationApplication.class, args);
    }
}
