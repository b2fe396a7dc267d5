package fr.prestaflow.platform.deadletter;

import fr.prestaflow.platform.web.ApiException;
import fr.prestaflow.platform.web.Caller;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ops only: the messages this service gave up on, and their replay (optionally with a corrected payload). */
@RestController
@RequestMapping("/api/v1/dead-letters")
public class DeadLetterController {

    private final DeadLetterStore store;
    private final DeadLetterReplayer replayer;

    public DeadLetterController(DeadLetterStore store, DeadLetterReplayer replayer) {
        this.store = store;
        this.replayer = replayer;
    }

    @GetMapping
    public List<DeadLetter> pending(Caller caller, @RequestParam(defaultValue = "100") int limit) {
        caller.requireOps();
        return store.pending(Math.clamp(limit, 1, 1000));
    }

    @GetMapping("/{id}")
    public DeadLetter one(Caller caller, @PathVariable UUID id) {
        caller.requireOps();
        return store.find(id).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "DEAD_LETTER_NOT_FOUND",
                "Dead letter not found", "No dead letter " + id));
    }

    /** The body, when present, is the corrected JSON payload to publish instead of the original one. */
    @PostMapping("/{id}/replay")
    public DeadLetter replay(Caller caller, @PathVariable UUID id,
                             @RequestBody(required = false) String correctedPayload) {
        caller.requireOps();
        return replayer.replay(id, correctedPayload == null || correctedPayload.isBlank() ? null : correctedPayload);
    }
}
