package fr.prestaflow.platform.privacy;

import java.time.Instant;
import java.time.LocalDate;

/** One line of a service's {@code retention_record} table: what it keeps of an erased member, why and until when. */
public record RetentionRecord(String contract, String category, String legalBasis, LocalDate keptUntil, Instant recordedAt) {
}
