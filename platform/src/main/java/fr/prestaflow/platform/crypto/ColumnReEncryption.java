package fr.prestaflow.platform.crypto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings every value of an {@link EncryptedColumn} to the current key: clear values (a database from before
 * encryption) are encrypted, values sealed with an older key are re-encrypted, and the blind index is filled in (or
 * recomputed when {@code reindex}). Each row is rewritten only if it did not change meanwhile, so two replicas starting
 * together, or a write racing the job, lose nothing. Plain JDBC on the caller's connection, so that a Flyway migration
 * or callback can run it before the service takes traffic.
 */
public final class ColumnReEncryption {

    private static final int PAGE = 500;

    private final FieldCipher cipher;
    private final BlindIndex blindIndex;

    public ColumnReEncryption(FieldCipher cipher, BlindIndex blindIndex) {
        this.cipher = cipher;
        this.blindIndex = blindIndex;
    }

    /** Rewrites what is not up to date; returns how many rows were rewritten. */
    public int run(Connection connection, EncryptedColumn column, boolean reindex) throws SQLException {
        String current = cipher.currentKeyId() + ":";
        String select = "select %1$s, %2$s from %3$s where %2$s is not null%4$s order by %1$s limit %5$d".formatted(
                column.idColumn(), column.valueColumn(), column.table(), pending(column, reindex), PAGE);
        String afterId = select.replace(" where ", " where %s > ? and ".formatted(column.idColumn()));
        String update = "update %s set %s = ?%s where %s = ? and %s = ?".formatted(column.table(), column.valueColumn(),
                column.indexColumn().map(index -> ", " + index + " = ?").orElse(""), column.idColumn(),
                column.valueColumn());
        int rewritten = 0;
        Object lastId = null;
        while (true) {
            List<Object[]> page = page(connection, lastId == null ? select : afterId, current, lastId);
            if (page.isEmpty()) {
                return rewritten;
            }
            try (PreparedStatement statement = connection.prepareStatement(update)) {
                for (Object[] row : page) {
                    String stored = (String) row[1];
                    String clear = FieldCipher.isSealed(stored) ? cipher.decrypt(stored) : stored;
                    int parameter = 1;
                    statement.setString(parameter++, cipher.isCurrent(stored) ? stored : cipher.encrypt(clear));
                    if (column.indexColumn().isPresent()) {
                        statement.setString(parameter++, blindIndex.of(clear));
                    }
                    statement.setObject(parameter++, row[0]);
                    statement.setString(parameter, stored);
                    rewritten += statement.executeUpdate();
                }
            }
            lastId = page.getLast()[0];
        }
    }

    /** Rows still in clear, under another key, or (for an indexed column) without index; every row when reindexing. */
    private static String pending(EncryptedColumn column, boolean reindex) {
        if (reindex && column.indexColumn().isPresent()) {
            return "";
        }
        String stale = " and (%s not like ? escape '!'".formatted(column.valueColumn());
        return stale + column.indexColumn().map(index -> " or " + index + " is null").orElse("") + ")";
    }

    private static List<Object[]> page(Connection connection, String sql, String current, Object lastId)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int parameter = 1;
            if (lastId != null) {
                statement.setObject(parameter++, lastId);
            }
            if (sql.contains(" like ?")) {
                statement.setString(parameter, current.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getObject(1), rs.getString(2)});
                }
            }
        }
        return rows;
    }
}
