package fr.prestaflow.platform.crypto;

import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After Flyway's migrations, at every start and before Kafka listeners or HTTP are up, brings each
 * {@link EncryptedColumn} to the current key: this is the re-encryption step of a key rotation (docs/security.md).
 * Nothing to do, the usual case, costs one indexed query per column.
 */
class EncryptedColumnsCallback implements Callback {

    private static final Logger log = LoggerFactory.getLogger(EncryptedColumnsCallback.class);

    private final List<EncryptedColumn> columns;
    private final List<ReEncryptionTask> tasks;
    private final ColumnReEncryption reEncryption;
    private final boolean reindex;

    EncryptedColumnsCallback(List<EncryptedColumn> columns, List<ReEncryptionTask> tasks,
                             ColumnReEncryption reEncryption, boolean reindex) {
        this.columns = List.copyOf(columns);
        this.tasks = List.copyOf(tasks);
        this.reEncryption = reEncryption;
        this.reindex = reindex;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE && !(columns.isEmpty() && tasks.isEmpty());
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        for (EncryptedColumn column : columns) {
            try {
                int rewritten = reEncryption.run(context.getConnection(), column, reindex);
                if (rewritten > 0) {
                    log.info("Re-encrypted {} value(s) of {} with the current key{}", rewritten, column,
                            reindex ? " and recomputed their blind index" : "");
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not re-encrypt " + column, e);
            }
        }
        for (ReEncryptionTask task : tasks) {
            try {
                int rewritten = task.run(context.getConnection());
                if (rewritten > 0) {
                    log.info("Re-encrypted {} row(s) with the current key ({})", rewritten, task);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not re-encrypt (" + task + ")", e);
            }
        }
    }

    @Override
    public String getCallbackName() {
        return "prestaflow-encrypted-columns";
    }
}
