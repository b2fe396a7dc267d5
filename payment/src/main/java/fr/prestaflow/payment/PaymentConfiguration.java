package fr.prestaflow.payment;

import fr.prestaflow.contracts.identity.Iban;
import fr.prestaflow.payment.sepa.Bic;
import fr.prestaflow.payment.sepa.Debtor;
import fr.prestaflow.payment.sepa.Pain001Reader;
import fr.prestaflow.payment.sepa.Pain001Writer;
import fr.prestaflow.payment.sepa.Pain002Reader;
import fr.prestaflow.payment.sepa.Pain002Writer;
import fr.prestaflow.payment.sepa.SepaSchemaValidator;
import fr.prestaflow.payment.sepa.Target2Calendar;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pure SEPA domain as beans: the schemas are compiled once and shared, the validator being thread-safe. */
@Configuration(proxyBeanMethods = false)
class PaymentConfiguration {

    @Bean
    SepaSchemaValidator sepaSchemaValidator() {
        return new SepaSchemaValidator();
    }

    @Bean
    Pain001Writer pain001Writer(SepaSchemaValidator validator) {
        return new Pain001Writer(validator);
    }

    @Bean
    Pain001Reader pain001Reader(SepaSchemaValidator validator) {
        return new Pain001Reader(validator);
    }

    @Bean
    Pain002Reader pain002Reader(SepaSchemaValidator validator) {
        return new Pain002Reader(validator);
    }

    @Bean
    Pain002Writer pain002Writer() {
        return new Pain002Writer();
    }

    @Bean
    Target2Calendar target2Calendar() {
        return new Target2Calendar();
    }

    /** Built at start-up, so a wrong IBAN or BIC in the configuration stops the service instead of a batch. */
    @Bean
    Debtor mutuelle(PaymentProperties properties) {
        PaymentProperties.Debtor debtor = properties.debtor();
        Optional<Bic> bic = Optional.ofNullable(debtor.bic()).filter(b -> !b.isBlank()).map(Bic::new);
        return new Debtor(debtor.name(), new Iban(debtor.iban()), bic);
    }
}
