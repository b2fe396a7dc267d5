package fr.prestaflow.teletransmission.nlf;

import java.util.Objects;

/**
 * A {@code 200} record rejected at LINE level (E050..E055): the rest of its décompte goes on. It goes to manual handling
 * with its code; {@code lineNumber} is its field 3 (valid, since only fully valid fields reach the LINE rules).
 */
public record RejectedLine(String decompteId, long fileLineNumber, int lineNumber, NlfCode code) {

    public RejectedLine {
        Objects.requireNonNull(decompteId, "decompteId");
        Objects.requireNonNull(code, "code");
    }
}
