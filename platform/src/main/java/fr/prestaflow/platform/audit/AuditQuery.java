package fr.prestaflow.platform.audit;

import java.time.Instant;

/** A supervisor's filters; a null filter matches everything. {@code from} is inclusive, {@code to} exclusive. */
public record AuditQuery(String contract, String agent, Instant from, Instant to, AuditAction action,
                         String resourceType, int page, int size) {
}
