package fr.prestaflow.teletransmission.nlf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ControlTotalTest {

    @Test
    void a_sum_past_the_range_of_a_long_stays_exact_and_equals_no_declared_total() {
        var total = new ControlTotal();
        for (int i = 0; i < 10_000_000; i++) {
            total.add(999_999_999_999L);
        }

        assertThat(total).hasToString("9999999999990000000");
        assertThat(total.is(Long.MAX_VALUE)).isFalse();
    }

    @Test
    void a_sum_that_comes_back_into_range_is_still_exact() {
        var total = new ControlTotal();
        total.add(Long.MAX_VALUE);
        total.add(10);
        total.add(-20);

        assertThat(total).hasToString(Long.toString(Long.MAX_VALUE - 10));
    }

    @Test
    void negative_amounts_are_summed() {
        var total = new ControlTotal();
        total.add(-5);
        total.add(3);

        assertThat(total.is(-2)).isTrue();
    }
}
