package fr.prestaflow.platform.deadletter;

import fr.prestaflow.platform.audit.AuditAction;
import fr.prestaflow.platform.audit.AuditTrail;
import fr.prestaflow.platform.web.AccessReason;
import fr.prestaflow.platform.web.ApiException;
import fr.prestaflow.platform.web.Caller;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ops only: the messages this service gave up on, and their replay (optionally with a corrected payload). Payloads carry
 * members' data, so every read and replay is audited.
 */
@RestController
@RequestMapping("/api/v1/dead-letters")
public class DeadLetterController {

    private static final String RESOURCE = "dead-letter";

    private final DeadLetterStore store;
    private final DeadLetterReplayer replayer;
    private final AuditTrail audit;

    public DeadLetterController(DeadLetterStore store, DeadLetterReplayer replayer, AuditTrail audit) {
        this.store = store;
        this.replayer = replayer;
        this.audit = audit;
    }

    @GetMapping
    public List<DeadLetter> pending(Caller caller, @RequestParam(defaultValue = "100") int limit) {
        caller.requireOps();
        List<DeadLetter> pending = store.pending(Math.clamp(limit, 1, 1000));
        audit.record(caller, AuditAction.READ, RESOURCE, "pending", null, AccessReason.OPERATIONS);
        return pending;
    }

    @GetMapping("/{id}")
    public DeadLetter one(Caller caller, @PathVariable UUID id) {
        caller.requireOps();
        DeadLetter letter = store.find(id).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "DEAD_LETTER_NOT_FOUND",
                "Dead letter not found", "No dead letter " + id));
        audit.record(caller, AuditAction.READ, RESOURCE, id, null, AccessReason.OPERATIONS);
        return letter;
    }

    /** The body, when present, is the corrected JSON payload to publish instead of the original one. */
    @PostMapping("/{id}/replay")
    @Transactional
    public DeadLetter replay(Caller caller, @PathVariable UUID id,
                             @RequestBody(required = false) String correctedPayload) {
        caller.requireOps();
        DeadLetter replayed = replayer.replay(id,
                correctedPayload == null || correctedPayload.isBlank() ? null : correctedPayload);
        audit.record(caller, AuditAction.REPLAY, RESOURCE, id, null, AccessReason.OPERATIONS);
        return replayed;
    }
}
