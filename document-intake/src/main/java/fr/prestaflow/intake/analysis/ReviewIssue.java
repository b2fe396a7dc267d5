package fr.prestaflow.intake.analysis;

import java.util.Objects;

/** Something that keeps the analysis from being trusted without a human: what, about which field, in words. */
public record ReviewIssue(Field field, Kind kind, String detail) {

    public enum Kind {
        /** Not found in the document. */
        MISSING,
        /** Found several different values, or values that do not add up. */
        AMBIGUOUS,
        /** Found, but the member declared something else. */
        CONTRADICTS_MEMBER,
        /** Found, but not surely enough (read by OCR, or inferred) for payment without a look. */
        UNCERTAIN,
        /** The text could not be read (OCR unavailable or failed, unreadable document). */
        NOT_READ
    }

    public ReviewIssue {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return field + " " + kind + ": " + detail;
    }
}
