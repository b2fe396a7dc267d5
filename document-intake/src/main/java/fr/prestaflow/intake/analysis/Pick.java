package fr.prestaflow.intake.analysis;

import java.util.Optional;

/** A decision on one document-level field: the value kept (if any), how sure, why, and what is wrong with it. */
record Pick<T>(T value, int confidence, String evidence, ReviewIssue issue) {

    static <T> Pick<T> of(T value, int confidence, String evidence) {
        return new Pick<>(value, confidence, evidence, null);
    }

    static <T> Pick<T> missing(Field field, String detail) {
        return new Pick<>(null, 0, "", new ReviewIssue(field, ReviewIssue.Kind.MISSING, detail));
    }

    static <T> Pick<T> ambiguous(T suggestion, Field field, String detail) {
        return new Pick<>(suggestion, 30, "", new ReviewIssue(field, ReviewIssue.Kind.AMBIGUOUS, detail));
    }

    boolean present() {
        return value != null;
    }

    Optional<ReviewIssue> problem() {
        return Optional.ofNullable(issue);
    }
}
