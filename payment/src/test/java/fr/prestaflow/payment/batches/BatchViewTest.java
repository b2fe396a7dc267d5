package fr.prestaflow.payment.batches;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BatchViewTest {

    @ParameterizedTest(name = "submitted={0}, paid={1}, failed={2}, pending={3}: {4}")
    @CsvSource({
            "false, 0, 0, 3, CREATED",
            "true, 0, 0, 3, SUBMITTED",
            "true, 2, 0, 1, SUBMITTED",
            "true, 3, 0, 0, ACCEPTED",
            "true, 2, 1, 0, PARTIALLY_ACCEPTED",
            "true, 0, 3, 0, REJECTED"})
    void the_status_of_a_batch_follows_the_answers_on_its_transfers(boolean submitted, int paid, int failed, int pending,
                                                                    String status) {
        assertThat(BatchView.statusOf(submitted ? Instant.EPOCH : null, paid, failed, pending)).isEqualTo(status);
    }
}
