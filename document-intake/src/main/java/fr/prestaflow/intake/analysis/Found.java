package fr.prestaflow.intake.analysis;

import java.util.Objects;

/**
 * One value read from the document, with how sure the analysis is (0..100) and the text line it came from, so that a
 * reviewer can see why.
 */
public record Found<T>(T value, int confidence, String evidence) {

    public Found {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(evidence, "evidence");
        if (confidence < 0 || confidence > 100) {
            throw new IllegalArgumentException("confidence must be within 0..100");
        }
    }
}
