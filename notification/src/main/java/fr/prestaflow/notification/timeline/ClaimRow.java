package fr.prestaflow.notification.timeline;

import static fr.prestaflow.notification.timeline.TimelineColumn.CYCLE;
import static fr.prestaflow.notification.timeline.TimelineColumn.IDENTITY_AT;
import static fr.prestaflow.notification.timeline.TimelineColumn.IN_REVIEW_SINCE;
import static fr.prestaflow.notification.timeline.TimelineColumn.LINES;
import static fr.prestaflow.notification.timeline.TimelineColumn.LINES_AT;
import static fr.prestaflow.notification.timeline.TimelineColumn.RECEIVED_AT;
import static fr.prestaflow.notification.timeline.TimelineColumn.REVERSAL;
import static fr.prestaflow.notification.timeline.TimelineColumn.STATUS;
import static fr.prestaflow.notification.timeline.TimelineColumn.STATUS_AT;
import static fr.prestaflow.notification.timeline.TimelineColumn.STEPS;
import static fr.prestaflow.notification.timeline.TimelineColumn.UPDATED_AT;

import fr.prestaflow.notification.timeline.TimelineStore.FirstStep;
import fr.prestaflow.notification.timeline.TimelineStore.Head;
import fr.prestaflow.notification.timeline.TimelineStore.StepRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A claim's row as this transaction left it, read once under its lock and kept current as the poll's events change it,
 * so that the decisions of a claim's second or third event in a poll see what its first one did; or, for a claim not
 * known yet, started in memory. The poll writes the changed rows together ({@link TimelineStore#write}). The lines and
 * steps columns hold json only once changed and until written: unchanged, they are not sent back.
 */
final class ClaimRow {

    private final UUID claimId;
    private final Map<TimelineColumn, Object> values;
    private final List<StepRow> steps;
    private boolean createdAtFirstStep;
    private boolean stored;
    private boolean changed;

    private ClaimRow(UUID claimId, Map<TimelineColumn, Object> values, List<StepRow> steps, boolean createdAtFirstStep) {
        this.claimId = claimId;
        this.values = values;
        this.steps = steps;
        this.createdAtFirstStep = createdAtFirstStep;
        this.stored = !createdAtFirstStep;
        this.changed = createdAtFirstStep;
    }

    /** A row as read under its lock: {@code values} of every column but the lines. */
    static ClaimRow existing(UUID claimId, Map<TimelineColumn, Object> values) {
        Map<TimelineColumn, Object> copy = new EnumMap<>(values);
        List<StepRow> steps = new ArrayList<>(TimelineJson.steps((String) copy.remove(STEPS)));
        return new ClaimRow(claimId, copy, steps, false);
    }

    /** A claim not known yet, at the status and moment of its first step, which is still to record; not stored yet. */
    static ClaimRow created(UUID claimId, FirstStep first, Instant now) {
        ClaimStatus status = first.status();
        Instant at = first.at();
        Map<TimelineColumn, Object> values = new EnumMap<>(TimelineColumn.class);
        values.put(STATUS, status.name());
        values.put(STATUS_AT, at);
        values.put(CYCLE, 0);
        values.put(RECEIVED_AT, at);
        values.put(REVERSAL, false);
        values.put(UPDATED_AT, now);
        values.put(IN_REVIEW_SINCE, status == ClaimStatus.IN_REVIEW ? at : null);
        return new ClaimRow(claimId, values, new ArrayList<>(), true);
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

    List<StepRow> steps() {
        return List.copyOf(steps);
    }

    boolean hasStep(int cycle, ClaimStatus status) {
        return steps.stream().anyMatch(step -> step.cycle() == cycle && step.status() == status);
    }

    void addStep(StepRow step) {
        steps.add(step);
        set(STEPS, steps);
    }

    /**
     * The column's value; the lines and steps as their json, written when the row is, once however many events of the
     * poll changed them.
     */
    Object get(TimelineColumn column) {
        Object value = values.get(column);
        return value instanceof List<?> rows ? TimelineJson.write(rows) : value;
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

    boolean changed() {
        return changed;
    }

    /** Whether the table holds the row: false for a claim this poll met first, until the poll writes it. */
    boolean stored() {
        return stored;
    }

    void written() {
        stored = true;
        changed = false;
        values.remove(LINES);
        values.remove(STEPS);
    }
}
