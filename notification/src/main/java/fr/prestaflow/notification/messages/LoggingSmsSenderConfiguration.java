package fr.prestaflow.notification.messages;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Until an SMS provider is chosen, SMS are written to the log, phone number masked. */
@Configuration(proxyBeanMethods = false)
class LoggingSmsSenderConfiguration {

    @Bean
    @ConditionalOnMissingBean(SmsSender.class)
    SmsSender loggingSmsSender() {
        return new LoggingSmsSender();
    }

    static final class LoggingSmsSender implements SmsSender {

        private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

        @Override
        public void send(String phoneNumber, String text) {
            log.info("SMS to {}: {}", mask(phoneNumber), text);
        }

        static String mask(String phoneNumber) {
            return phoneNumber.length() <= 4 ? "••••" : "••••••" + phoneNumber.substring(phoneNumber.length() - 2);
        }
    }
}
