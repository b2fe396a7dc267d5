package fr.prestaflow.notification.timeline;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * What one event changes in its claim's {@code claim_timeline} row, written as one update. Each column is set once per
 * event (a later assignment of the same column replaces the earlier one, as a second update would), and every
 * expression reads the row as it was before the event, which none of them sets before reading.
 */
final class RowChange {

    private final Map<String, String> assignments = new LinkedHashMap<>();
    private final Map<String, Object> params = new LinkedHashMap<>();
    private boolean touched;

    /** Sets {@code column} to an expression of the old row and {@code :value}, a value of the given SQL type. */
    RowChange set(String column, String expression, int sqlType, Object value) {
        assignments.put(column, expression.replace(":value", ":" + column));
        params.put(column, new SqlParameterValue(sqlType, value));
        return this;
    }

    RowChange set(String column, int sqlType, Object value) {
        return set(column, ":value", sqlType, value);
    }

    /** Sets {@code column} to an expression without parameter. */
    RowChange set(String column, String expression) {
        assignments.put(column, expression);
        params.remove(column);
        return this;
    }

    /** The change is the member's to see: it moves {@code updated_at}. */
    RowChange touch() {
        touched = true;
        return this;
    }

    boolean isEmpty() {
        return assignments.isEmpty();
    }

    boolean touched() {
        return touched;
    }

    Map<String, String> assignments() {
        return assignments;
    }

    Map<String, Object> params() {
        return params;
    }
}
