package fr.prestaflow.payment.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import fr.prestaflow.payment.PaymentProperties;
import fr.prestaflow.payment.sepa.Pain001Reader;
import fr.prestaflow.payment.sepa.Pain002Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BankConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(BankConfiguration.class, Properties.class)
            .withBean(Pain001Reader.class, () -> mock(Pain001Reader.class))
            .withBean(Pain002Writer.class, () -> mock(Pain002Writer.class))
            .withBean(BankStatusReports.class, () -> mock(BankStatusReports.class))
            .withBean(Clock.class, Clock::systemUTC);

    @EnableConfigurationProperties(PaymentProperties.class)
    static class Properties {
    }

    @Test
    void the_simulated_bank_is_the_default() {
        context.run(started -> assertThat(started).getBean(BankGateway.class).isInstanceOf(SimulatedBank.class));
    }

    @Test
    void production_hands_files_to_the_bank_channel_directory() {
        context.withPropertyValues("prestaflow.payment.bank=file-exchange",
                        "prestaflow.payment.file-exchange.outbox-directory=/srv/bank/out")
                .run(started -> assertThat(started).getBean(BankGateway.class).isInstanceOfSatisfying(FileExchangeBank.class,
                        bank -> assertThat(bank.fileOf(UUID.randomUUID()).getParent()).isEqualTo(Path.of("/srv/bank/out"))));
    }
}
