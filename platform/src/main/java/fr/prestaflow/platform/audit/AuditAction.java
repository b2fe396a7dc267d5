package fr.prestaflow.platform.audit;

/** What a staff member did with a member's data. */
public enum AuditAction {
    READ,
    CREATE,
    UPDATE,
    DELETE,
    DECISION,
    EXPORT,
    REPLAY
}
