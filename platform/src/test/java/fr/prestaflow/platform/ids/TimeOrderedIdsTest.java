package fr.prestaflow.platform.ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void carries_its_millisecond_version_7_and_the_rfc_variant() {
        long millis = Instant.parse("2026-11-23T10:15:30.123Z").toEpochMilli();
        UUID random = UUID.fromString("f81d4fae-7dec-41d0-a765-00a0c91e6bf6");

        UUID id = TimeOrderedIds.at(millis, random);

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
        String hex = "%012x".formatted(millis);
        assertThat(id).hasToString(hex.substring(0, 8) + "-" + hex.substring(8) + "-71d0-a765-00a0c91e6bf6");
    }

    @Test
    void ids_of_later_milliseconds_sort_after_as_text_and_as_postgresql_compares_them() {
        UUID earlier = TimeOrderedIds.at(1_795_000_000_000L, UUID.fromString("ffffffff-ffff-4fff-bfff-ffffffffffff"));
        UUID later = TimeOrderedIds.at(1_795_000_000_001L, UUID.fromString("00000000-0000-4000-8000-000000000000"));

        assertThat(earlier.toString()).isLessThan(later.toString());
        assertThat(earlier).isLessThan(later);
    }

    @Test
    void ids_made_in_the_same_millisecond_differ() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(TimeOrderedIds.next());
        }
        assertThat(ids).hasSize(100_000).allSatisfy(id -> assertThat(id.version()).isEqualTo(7));
    }
}
