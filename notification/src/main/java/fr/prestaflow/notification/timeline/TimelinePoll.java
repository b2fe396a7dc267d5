package fr.prestaflow.notification.timeline;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The claim rows of one poll, locked (or created) together before its events are applied. A claim the poll did not
 * prepare is locked (or created at this step) on its own when first met.
 */
final class TimelinePoll {

    private final Map<UUID, ClaimRow> rows;
    private final TimelineStore store;

    TimelinePoll(Map<UUID, ClaimRow> rows, TimelineStore store) {
        this.rows = rows;
        this.store = store;
    }

    ClaimRow row(UUID claimId, ClaimStatus status, Instant at) {
        return rows.computeIfAbsent(claimId,
                id -> store.lockOrCreate(Map.of(id, new TimelineStore.FirstStep(status, at))).get(id));
    }
}
