package fr.prestaflow.teletransmission;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TeletransmissionApplication {

    public static void main(String[] args) {
        SpringApplication.run(TeletransmissionApplication.class, args);
    }
}
