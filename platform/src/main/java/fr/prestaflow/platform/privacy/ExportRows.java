package fr.prestaflow.platform.privacy;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.postgresql.util.PGobject;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rows of an export query as JSON-ready maps: moments as ISO instants, dates as ISO dates, jsonb as JSON; binary
 * columns are left out (documents travel as files of their own).
 */
public class ExportRows {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public ExportRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<Map<String, Object>> list(String sql, Map<String, ?> params) {
        return jdbc.sql(sql).params(params).query().listOfRows().stream().map(this::jsonReady).toList();
    }

    /**
     * The rows with {@code column} replaced, at the same place, by {@code as} holding {@code convert} of its text (null
     * stays null): an encrypted column shown decrypted, {@code converted(rows, "nir_encrypted", "nir", cipher::decrypt)}.
     */
    public static List<Map<String, Object>> converted(List<Map<String, Object>> rows, String column, String as,
                                                      Function<String, Object> convert) {
        return rows.stream().map(row -> {
            Map<String, Object> out = new LinkedHashMap<>();
            row.forEach((name, value) -> {
                if (name.equals(column)) {
                    out.put(as, value == null ? null : convert.apply((String) value));
                } else {
                    out.put(name, value);
                }
            });
            return out;
        }).toList();
    }

    private Map<String, Object> jsonReady(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((column, value) -> {
            if (!(value instanceof byte[])) {
                out.put(column, convert(value));
            }
        });
        return out;
    }

    private Object convert(Object value) {
        return switch (value) {
            case null -> null;
            case Timestamp t -> t.toInstant().toString();
            case Date d -> d.toLocalDate().toString();
            case PGobject pg when pg.getValue() != null && pg.getType().startsWith("json") -> json.readTree(pg.getValue());
            case PGobject pg -> pg.getValue();
            case UUID id -> id.toString();
            default -> value;
        };
    }
}
