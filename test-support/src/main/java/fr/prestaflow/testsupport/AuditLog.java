package fr.prestaflow.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Reads a service's {@code audit_event} table, to check which staff accesses were recorded. */
public final class AuditLog {

    private AuditLog() {
    }

    /** An agent name no other test uses, to send as {@code X-Agent}. */
    public static String newAgent() {
        return "agent-" + UUID.randomUUID();
    }

    /**
     * The agent's entries, oldest first, each as {@code "ACTION resourceType resourceId contract REASON"} (a missing
     * resource id or contract reads {@code -}).
     */
    public static List<String> entriesOf(DataSource database, String agent) {
        return query(database, """
                select action, resource_type, resource_id, contract_number, reason from audit_event
                where agent = ? order by seq""", agent);
    }

    /** Every entry about the member's contract, whoever accessed it. */
    public static List<String> entriesAbout(DataSource database, String contract) {
        return query(database, """
                select action, resource_type, resource_id, contract_number, reason from audit_event
                where contract_number = ? order by seq""", contract);
    }

    private static List<String> query(DataSource database, String sql, String value) {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            List<String> entries = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    entries.add(String.join(" ", rs.getString(1), rs.getString(2), orDash(rs.getString(3)),
                            orDash(rs.getString(4)), rs.getString(5)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
