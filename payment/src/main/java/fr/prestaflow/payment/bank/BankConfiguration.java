package fr.prestaflow.payment.bank;

import fr.prestaflow.payment.PaymentProperties;
import fr.prestaflow.payment.sepa.Pain001Reader;
import fr.prestaflow.payment.sepa.Pain002Writer;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code prestaflow.payment.bank}: {@code simulated} (default, local stack and tests) or {@code file-exchange}. */
@Configuration(proxyBeanMethods = false)
class BankConfiguration {

    @Bean
    @ConditionalOnProperty(name = "prestaflow.payment.bank", havingValue = "simulated", matchIfMissing = true)
    SimulatedBank simulatedBank(Pain001Reader pain001Reader, Pain002Writer pain002Writer, BankStatusReports reports,
                                Clock clock, PaymentProperties properties) {
        return new SimulatedBank(pain001Reader, pain002Writer, reports, clock, properties.simulatedBank());
    }

    @Bean
    @ConditionalOnProperty(name = "prestaflow.payment.bank", havingValue = "file-exchange")
    FileExchangeBank fileExchangeBank(PaymentProperties properties) {
        return new FileExchangeBank(properties.fileExchange().outboxDirectory());
    }
}
