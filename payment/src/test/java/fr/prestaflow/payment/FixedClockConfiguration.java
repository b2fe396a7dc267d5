package fr.prestaflow.payment;

import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The integration tests' clock: Good Friday 2025, 10:00 in Paris. */
@TestConfiguration(proxyBeanMethods = false)
class FixedClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.fixed(PaymentIntegrationTest.NOW, ZoneOffset.UTC);
    }
}
