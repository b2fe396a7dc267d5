package fr.prestaflow.intake;

import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The service's clock in tests: standing on {@link IntakeIntegrationTest#NOW}, moved by tests that need time to pass. */
@TestConfiguration(proxyBeanMethods = false)
class TestClockConfiguration {

    @Bean
    MutableClock clock() {
        return new MutableClock(IntakeIntegrationTest.NOW, ZoneId.of("UTC"));
    }
}
