package fr.prestaflow.teletransmission.nlf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DecompteIdSetTest {

    @Test
    void tells_a_second_occurrence_among_many_ids() {
        var ids = new DecompteIdSet();
        for (int i = 0; i < 300_000; i++) {
            assertThat(ids.add("D" + i)).isTrue();
        }

        assertThat(ids.add("D123456")).isFalse();
        assertThat(ids.add("D300000")).isTrue();
        assertThat(ids.size()).isEqualTo(300_001);
    }

    @Test
    void ids_that_differ_only_by_length_or_trailing_characters_are_distinct() {
        var ids = new DecompteIdSet();

        assertThat(ids.add("A")).isTrue();
        assertThat(ids.add("A-")).isTrue();
        assertThat(ids.add("A0")).isTrue();
        assertThat(ids.add("AA")).isTrue();
        assertThat(ids.add("ZZZZZZZZZZZZZZZZZZZZ")).isTrue();
        assertThat(ids.add("ZZZZZZZZZZZZZZZZZZZ9")).isTrue();
        assertThat(ids.add("ZZZZZZZZZZ")).isTrue();
        assertThat(ids.add("ZZZZZZZZZZZZZZZZZZZZ")).isFalse();
        assertThat(ids.add("A-")).isFalse();
    }
}
