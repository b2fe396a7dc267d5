package fr.prestaflow.adjudication.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** An exemption with optional inclusive bounds; an absent bound is open. */
public record Exemption(ExemptionType type, Optional<LocalDate> from, Optional<LocalDate> to) {

    public Exemption {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** Either bound may be null (open). */
    public static Exemption of(ExemptionType type, LocalDate from, LocalDate to) {
        return new Exemption(type, Optional.ofNullable(from), Optional.ofNullable(to));
    }

    public static Exemption always(ExemptionType type) {
        return of(type, null, null);
    }

    public boolean covers(LocalDate date) {
        return from.map(start -> !date.isBefore(start)).orElse(true)
                && to.map(end -> !date.isAfter(end)).orElse(true);
    }
}
