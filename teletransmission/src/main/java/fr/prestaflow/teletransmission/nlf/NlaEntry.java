package fr.prestaflow.teletransmission.nlf;

import java.util.Objects;

/**
 * One {@code 500} entry of the acknowledgment (NLF.md §7). Empty strings, never null, for the columns left empty:
 * {@code recordType} for W001, W002, E001–E004 and E007, {@code decompteId} when the record has no valid one.
 */
public record NlaEntry(long lineNumber, String recordType, String decompteId, NlfCode code, Severity severity,
                       String field, String detail) {

    public NlaEntry {
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(decompteId, "decompteId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(detail, "detail");
    }

    public boolean isWarning() {
        return severity == Severity.WARNING;
    }

    /** The NLA line, with its LF. */
    public String toLine() {
        return "500|" + lineNumber + '|' + recordType + '|' + decompteId + '|' + code.code() + '|' + severity + '|'
                + field + '|' + code.message() + '|' + detail + '\n';
    }
}
