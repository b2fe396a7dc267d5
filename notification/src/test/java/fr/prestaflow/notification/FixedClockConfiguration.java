package fr.prestaflow.notification;

import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** "Now" is {@link NotificationTest#NOW} for the whole test context; the platform's own clock backs off. */
@TestConfiguration(proxyBeanMethods = false)
class FixedClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.fixed(NotificationTest.NOW, ZoneOffset.UTC);
    }
}
