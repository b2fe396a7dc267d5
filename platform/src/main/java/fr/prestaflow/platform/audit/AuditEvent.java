package fr.prestaflow.platform.audit;

import fr.prestaflow.platform.web.AccessReason;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One recorded staff access to a member's data, as a supervisor reads it. */
public record AuditEvent(UUID id, Instant occurredAt, String agent, List<String> roles, AuditAction action,
                         String resourceType, String resourceId, String contractNumber, AccessReason reason,
                         String requestId, String traceId, String outcome) {
}
