package fr.prestaflow.notification.timeline;

import static fr.prestaflow.notification.timeline.TimelineColumn.CYCLE;
import static fr.prestaflow.notification.timeline.TimelineColumn.IDENTITY_AT;
import static fr.prestaflow.notification.timeline.TimelineColumn.LINES_AT;
import static fr.prestaflow.notification.timeline.TimelineColumn.RECEIVED_AT;
import static fr.prestaflow.notification.timeline.TimelineColumn.REVERSAL;
import static fr.prestaflow.notification.timeline.TimelineColumn.STATUS;
import static fr.prestaflow.notification.timeline.TimelineColumn.STATUS_AT;
import static fr.prestaflow.notification.timeline.TimelineColumn.UPDATED_AT;

import fr.prestaflow.notification.timeline.TimelineStore.Head;
import fr.prestaflow.notification.timeline.TimelineStore.LineRow;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A claim's row as this transaction left it, read once under its lock and kept current as the poll's events change it,
 * so that the decisions of a claim's second or third event in a poll see what its first one did. The poll writes the
 * changed rows and their new lines back together ({@link TimelineStore#write}).
 */
final class ClaimRow {

    private record StepKey(int cycle, ClaimStatus status) {
    }

    private final UUID claimId;
    private final Map<TimelineColumn, Object> values;
    private final Set<StepKey> steps = new HashSet<>();
    private boolean createdAtFirstStep;
    private boolean changed;
    private boolean linesStored;
    private List<LineRow> newLines;

    private ClaimRow(UUID claimId, Map<TimelineColumn, Object> values, boolean createdAtFirstStep) {
        this.claimId = claimId;
        this.values = values;
        this.createdAtFirstStep = createdAtFirstStep;
        // lines are only ever written with their moment, so a row without one has none stored
        this.linesStored = values.get(LINES_AT) != null;
    }

    static ClaimRow existing(UUID claimId, Map<TimelineColumn, Object> values) {
        return new ClaimRow(claimId, new EnumMap<>(values), false);
    }

    /** Inserted by this transaction at the status and moment of the claim's first step, which is still to record. */
    static ClaimRow created(UUID claimId, ClaimStatus status, Instant at, Instant now) {
        Map<TimelineColumn, Object> values = new EnumMap<>(TimelineColumn.class);
        values.put(STATUS, status.name());
        values.put(STATUS_AT, at);
        values.put(CYCLE, 0);
        values.put(RECEIVED_AT, at);
        values.put(REVERSAL, false);
        values.put(UPDATED_AT, now);
        return new ClaimRow(claimId, values, true);
    }

    UUID claimId() {
        return claimId;
    }

    /** True once: for the step the row was created at. */
    boolean takeCreation() {
        boolean created = createdAtFirstStep;
        createdAtFirstStep = false;
        return created;
    }

    Head head() {
        return new Head(ClaimStatus.valueOf((String) values.get(STATUS)), (Instant) values.get(STATUS_AT),
                (Integer) values.get(CYCLE), (Instant) values.get(LINES_AT), (Instant) values.get(IDENTITY_AT), null);
    }

    boolean hasStep(int cycle, ClaimStatus status) {
        return steps.contains(new StepKey(cycle, status));
    }

    void stepAdded(int cycle, ClaimStatus status) {
        steps.add(new StepKey(cycle, status));
    }

    Object get(TimelineColumn column) {
        return values.get(column);
    }

    void set(TimelineColumn column, Object value) {
        values.put(column, value);
        changed = true;
    }

    /** As {@code coalesce(column, value)}: fills the column only when it is still unknown. */
    void fill(TimelineColumn column, Object value) {
        if (values.get(column) == null && value != null) {
            set(column, value);
        }
    }

    /** As {@code coalesce(value, column)}: a known value replaces the column, an unknown one keeps it. */
    void replace(TimelineColumn column, Object value) {
        if (value != null) {
            set(column, value);
        }
    }

    /** Whether {@code at} is earlier than the claim's date, which it then becomes. */
    boolean noteEarliest(Instant at) {
        if (!at.isBefore((Instant) values.get(RECEIVED_AT))) {
            return false;
        }
        set(RECEIVED_AT, at);
        return true;
    }

    /** The claim's lines become these ones, written with the poll's other rows. */
    void replaceLines(List<LineRow> lines) {
        newLines = List.copyOf(lines);
    }

    boolean changed() {
        return changed;
    }

    /** Lines to write, if the poll replaced them since the last write. */
    List<LineRow> newLines() {
        return newLines;
    }

    /** Whether the table may hold lines of this claim that the new ones do not replace. */
    boolean linesStored() {
        return linesStored;
    }

    void written() {
        changed = false;
        if (newLines != null) {
            linesStored = true;
            newLines = null;
        }
    }
}
