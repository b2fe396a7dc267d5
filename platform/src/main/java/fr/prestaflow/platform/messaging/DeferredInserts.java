package fr.prestaflow.platform.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Inserts rows now, or, in a transaction where a {@link BatchConsumer} deferred them, together just before it commits:
 * one multi-row statement per table for a whole poll instead of one round trip per row. Rows go in statement by
 * statement, in the order each statement was first used, so a row referencing another table's row of the same poll
 * comes after it when its statement was first used after. Whoever reads or changes those tables in the same transaction
 * calls {@link #flush} first.
 */
public class DeferredInserts {

    private final NamedParameterJdbcTemplate jdbc;

    public DeferredInserts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String sql, List<? extends SqlParameterSource> rows) {
        insert(new Statement(sql, false), rows);
    }

    /**
     * Like {@link #insert}, for a statement that takes each parameter as an array of the rows' values, as in
     * {@code insert into t (a, b) select * from unnest(:a::uuid[], :b::date[])}. Its text is the same whatever the
     * number of rows, so the server parses and plans it once per connection; the driver's multi-row {@code values}
     * list has a parameter per value, and a wide table's was parsed and planned again at every poll (17 ms for a
     * thousand care lines). Each column travels as {@link ColumnArrays#of} makes it.
     */
    public void insertAsArrays(String sql, List<? extends SqlParameterSource> rows) {
        insert(new Statement(sql, true), rows);
    }

    private void insert(Statement statement, List<? extends SqlParameterSource> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.getResource(this) instanceof Pending pending) {
            pending.rows().computeIfAbsent(statement, s -> new ArrayList<>()).addAll(rows);
        } else {
            write(statement, rows);
        }
    }

    /** Defers this transaction's inserts until it commits (or until {@link #flush}). */
    public void deferUntilCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        var pending = new Pending(new LinkedHashMap<>());
        TransactionSynchronizationManager.bindResource(this, pending);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                DeferredInserts.this.flush(); // not TransactionSynchronization's own flush()
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(DeferredInserts.this);
            }
        });
    }

    /** Writes what this transaction deferred so far. */
    public void flush() {
        if (TransactionSynchronizationManager.getResource(this) instanceof Pending pending) {
            pending.rows().forEach(this::write);
            pending.rows().clear();
        }
    }

    private void write(Statement statement, List<? extends SqlParameterSource> rows) {
        if (statement.asArrays()) {
            var columns = new MapSqlParameterSource();
            for (String name : Objects.requireNonNull(rows.getFirst().getParameterNames(), "parameter names")) {
                columns.addValue(name, ColumnArrays.of(rows.stream().map(row -> row.getValue(name)).toList()));
            }
            jdbc.update(statement.sql(), columns);
        } else if (rows.size() == 1) {
            jdbc.update(statement.sql(), rows.getFirst());
        } else {
            jdbc.batchUpdate(statement.sql(), rows.toArray(SqlParameterSource[]::new));
        }
    }

    private record Statement(String sql, boolean asArrays) {
    }

    private record Pending(Map<Statement, List<SqlParameterSource>> rows) {
    }
}
