package fr.prestaflow.platform.messaging;

import java.lang.reflect.Array;
import java.sql.Timestamp;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One column of many rows as one array parameter, for statements such as {@code select * from unnest(:a::uuid[], …)}:
 * UUIDs, numbers, booleans and strings as an array of their type, anything else (dates, instants, timestamps) as text
 * in ISO 8601 for the statement to cast. A column whose values are of several types goes as text too.
 */
public final class ColumnArrays {

    private static final Set<Class<?>> TYPED = Set.of(UUID.class, String.class, Long.class, Integer.class, Short.class,
            Boolean.class);

    private ColumnArrays() {
    }

    public static Object[] of(List<?> values) {
        Class<?> type = values.stream().filter(Objects::nonNull).map(Object::getClass).findFirst().orElse(String.class);
        boolean typed = TYPED.contains(type) && values.stream().allMatch(v -> v == null || v.getClass() == type);
        Object[] column = (Object[]) Array.newInstance(typed ? type : String.class, values.size());
        for (int i = 0; i < column.length; i++) {
            Object value = values.get(i);
            column[i] = typed || value == null ? value : text(value);
        }
        return column;
    }

    private static String text(Object value) {
        // java.sql.Timestamp's own toString is in the JVM's time zone, without saying which
        return value instanceof Timestamp timestamp ? timestamp.toInstant().toString() : value.toString();
    }
}
