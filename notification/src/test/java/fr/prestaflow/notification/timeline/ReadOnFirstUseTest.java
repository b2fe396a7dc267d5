package fr.prestaflow.notification.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadOnFirstUseTest {

    @Test
    void the_json_is_decoded_when_first_looked_at_and_only_once() {
        AtomicInteger decoded = new AtomicInteger();
        List<String> steps = ReadOnFirstUse.of(() -> {
            decoded.incrementAndGet();
            return List.of("RECEIVED", "ANALYSED");
        });

        assertThat(decoded).hasValue(0);
        assertThat(steps).containsExactly("RECEIVED", "ANALYSED");
        assertThat(steps.get(1)).isEqualTo("ANALYSED");
        assertThat(steps).hasSize(2).isEqualTo(List.of("RECEIVED", "ANALYSED"));
        assertThat(decoded).hasValue(1);
    }
}
