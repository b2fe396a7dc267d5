package fr.prestaflow.platform.audit;

import fr.prestaflow.platform.web.ApiException;
import fr.prestaflow.platform.web.Caller;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Supervisors only: who accessed which member's data in this service, when and why, newest first. */
@RestController
@RequestMapping("/api/v1/audit-events")
public class AuditEventController {

    private static final int MAX_PAGE_SIZE = 200;

    private final AuditEvents events;

    public AuditEventController(AuditEvents events) {
        this.events = events;
    }

    @GetMapping
    public AuditPage search(Caller caller,
                            @RequestParam(required = false) String contract,
                            @RequestParam(required = false) String agent,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                            @RequestParam(required = false) AuditAction action,
                            @RequestParam(required = false) String resourceType,
                            @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "50") int size) {
        caller.requireRole(Caller.SUPERVISOR);
        check(page, size, from, to);
        return events.search(new AuditQuery(blankToNull(contract), blankToNull(agent), from, to, action,
                blankToNull(resourceType), page, size));
    }

    private static void check(int page, int size, Instant from, Instant to) {
        List<Map<String, Object>> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(Map.of("field", "page", "message", "must not be negative"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            errors.add(Map.of("field", "size", "message", "must be within 1.." + MAX_PAGE_SIZE));
        }
        if (from != null && to != null && !to.isAfter(from)) {
            errors.add(Map.of("field", "to", "message", "must be after from"));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Invalid request", "The query is not valid",
                    Map.of("errors", errors));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
