package fr.prestaflow.notification.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The columns of {@code claim_timeline} the events change, with the SQL type their values are cast to when a poll
 * writes its rows back through one array per column ({@code ColumnArrays}: typed, or text for dates and instants). In
 * Java a value is a String, Instant, LocalDate, Integer, Long or Boolean, or for the lines and steps the list of rows
 * the column holds as JSON text.
 */
enum TimelineColumn {
    CONTRACT_NUMBER("varchar"), CHANNEL("varchar"), BENEFICIARY_NIR_ENCRYPTED("text"), BENEFICIARY_NIR_INDEX("text"),
    BENEFICIARY_BIRTH_DATE("date"), BENEFICIARY_RANK("int"), IDENTITY_AT("timestamptz"), STATUS("varchar"),
    STATUS_AT("timestamptz"), CYCLE("int"), RECEIVED_AT("timestamptz"), LINES_AT("timestamptz"), BILLED_CENTS("bigint"),
    AMO_CENTS("bigint"), COMPLEMENTARY_CENTS("bigint"), PATIENT_SHARE_CENTS("bigint"), REIMBURSED_CENTS("bigint"),
    PAYEE_KIND("varchar"), REVERSAL("boolean"), EXPECTED_PAYMENT_DATE("date"), PAID_CENTS("bigint"), PAID_ON("date"),
    MASKED_IBAN("varchar"), REJECTION_CODES("varchar"), PAYMENT_FAILURE_CODE("varchar"), UPDATED_AT("timestamptz"),
    IN_REVIEW_SINCE("timestamptz"), CARE_TYPES("varchar"), FIRST_CARE_DATE("date"), LINES("text"), STEPS("text");

    private final String sqlType;

    TimelineColumn(String sqlType) {
        this.sqlType = sqlType;
    }

    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    String sqlType() {
        return sqlType;
    }

    /** Whether the column holds a list of rows as JSON text: the lines and the steps. */
    boolean holdsRows() {
        return this == LINES || this == STEPS;
    }

    /**
     * {@code column = v.column}, but the lines and steps are never emptied once written, so null means unchanged: the
     * row keeps its value, without it being sent and stored (TOASTed, when large) again.
     */
    String assignment() {
        String value = "v." + column();
        return column() + " = " + (holdsRows() ? "coalesce(" + value + ", c." + column() + ")" : value);
    }

    Object read(ResultSet rs) throws SQLException {
        return switch (sqlType) {
            case "timestamptz" -> {
                Timestamp value = rs.getTimestamp(column());
                yield value == null ? null : value.toInstant();
            }
            case "date" -> rs.getObject(column(), LocalDate.class);
            case "int" -> rs.getObject(column(), Integer.class);
            case "bigint" -> rs.getObject(column(), Long.class);
            case "boolean" -> rs.getObject(column(), Boolean.class);
            default -> rs.getString(column());
        };
    }
}
