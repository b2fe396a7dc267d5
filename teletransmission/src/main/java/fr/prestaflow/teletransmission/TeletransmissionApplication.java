package fr.prestaflow.teletransmission;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

@SpringBootApplication
@EnableConfigurationProperties(TeletransmissionProperties.class)
public class TeletransmissionApplication {

    public static void main(String[] args) {
        SpringApplication.run(TeletransmissionApplication.class, args);
    }
}
