package fr.prestaflow.notification.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * The claim rows of one poll, locked (or created) together before its events are applied, changed in memory by them
 * and written back together just before the poll commits. A claim the poll did not prepare is locked (or created at
 * this step) on its own when first met. The claims that listeners asked for are taken from the rows as written, not
 * read back.
 */
final class TimelinePoll implements TransactionSynchronization {

    private final Map<UUID, ClaimRow> rows;
    private final TimelineStore store;
    private final ClaimTimelines timelines;
    private final ApplicationEventPublisher publisher;
    private final List<ClaimStatusChanged> changes = new ArrayList<>();
    private final Map<ClaimAsChanged, UUID> requested = new LinkedHashMap<>();

    TimelinePoll(Map<UUID, ClaimRow> rows, TimelineStore store, ClaimTimelines timelines,
                 ApplicationEventPublisher publisher) {
        this.rows = rows;
        this.store = store;
        this.timelines = timelines;
        this.publisher = publisher;
    }

    /** The claim's row, for an event about to change it: a change of the claim requested and not read yet is read first. */
    ClaimRow row(UUID claimId, ClaimStatus status, Instant at) {
        if (requested.containsValue(claimId)) {
            readRequested();
        }
        return rows.computeIfAbsent(claimId,
                id -> store.lockOrCreate(Map.of(id, new TimelineStore.FirstStep(status, at))).get(id));
    }

    /** Publishes the change now, for the listeners of each change, and again with the poll's others before it commits. */
    void announce(UUID eventId, StatusUpdate update) {
        var changed = new ClaimStatusChanged(eventId, update, new ClaimAsChanged(update.claimId(), this));
        changes.add(changed);
        publisher.publishEvent(changed);
    }

    void request(ClaimAsChanged claim) {
        requested.put(claim, claim.claimId());
    }

    /** Writes what the poll changed so far, then hands the requested claims over as the changes left them. */
    void readRequested() {
        store.write(rows.values());
        requested.keySet().forEach(claim -> claim.read(Optional.ofNullable(rows.get(claim.claimId()))
                .map(timelines::asWritten)));
        requested.clear();
    }

    /** Before the poll's deferred inserts are written at commit: the deliveries its changes plan are among them. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        store.write(rows.values());
        if (!changes.isEmpty()) {
            publisher.publishEvent(new ClaimStatusesChanged(List.copyOf(changes)));
        }
    }
}
