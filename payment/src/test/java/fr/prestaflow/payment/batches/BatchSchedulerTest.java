package fr.prestaflow.payment.batches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import fr.prestaflow.payment.PaymentProperties;
import java.time.Duration;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BatchSchedulerTest {

    private final BatchRuns runs = mock(BatchRuns.class);
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(BatchScheduler.class, Properties.class)
            .withBean(BatchRuns.class, () -> runs);

    @EnableConfigurationProperties(PaymentProperties.class)
    static class Properties {
    }

    @Test
    void a_batch_is_made_every_batch_interval() {
        context.withPropertyValues("prestaflow.payment.batch-interval=20ms")
                .run(started -> await().atMost(Duration.ofSeconds(5))
                        .untilAsserted(() -> verify(runs, atLeast(2)).run(BatchTrigger.SCHEDULED)));
    }

    @Test
    void scheduled_batches_can_be_turned_off_leaving_batches_on_demand_only() {
        context.withPropertyValues("prestaflow.payment.scheduled-batches=false")
                .run(started -> assertThat(started).doesNotHaveBean(BatchScheduler.class));
    }
}
