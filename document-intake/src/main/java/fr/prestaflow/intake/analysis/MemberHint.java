package fr.prestaflow.intake.analysis;

import fr.prestaflow.contracts.care.CareCategory;
import java.time.LocalDate;

/**
 * A care line as the member remembers it when uploading: date, care type, amount paid (euro cents). Any part may be
 * unknown (null), not all. Hints are never copied into care lines: they only confirm or contradict the document.
 */
public record MemberHint(LocalDate careDate, CareCategory careCategory, Long paidCents) {

    public MemberHint {
        if (careDate == null && careCategory == null && paidCents == null) {
            throw new IllegalArgumentException("A hint says at least one thing");
        }
        if (paidCents != null && paidCents < 0) {
            throw new IllegalArgumentException("paidCents must not be negative");
        }
    }
}
