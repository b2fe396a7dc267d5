package fr.prestaflow.notification.timeline;

import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.notification.NotificationProperties;
import fr.prestaflow.notification.web.CallerScope;
import fr.prestaflow.notification.web.ErrorCode;
import fr.prestaflow.platform.audit.AuditAction;
import fr.prestaflow.platform.audit.AuditTrail;
import fr.prestaflow.platform.web.AccessReason;
import fr.prestaflow.platform.web.Caller;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The member's claims: list, detail with timeline and lines, and a live status stream. Reads by staff are audited
 * (default reason MEMBER_REQUEST); a member's own are not.
 */
@RestController
@RequestMapping("/api/v1/claims")
class ClaimsController {

    private static final Pattern RANK = Pattern.compile("[0-9]{1,2}");
    private static final Pattern NIR = Pattern.compile("[1278][0-9]{4}(2A|2B|[0-9]{2})[0-9]{8}");

    private static final String RESOURCE = "claim";

    private final ClaimTimelines timelines;
    private final LiveStatusBroadcaster broadcaster;
    private final NotificationProperties properties;
    private final Clock clock;
    private final AuditTrail audit;

    ClaimsController(ClaimTimelines timelines, LiveStatusBroadcaster broadcaster, NotificationProperties properties,
                     Clock clock, AuditTrail audit) {
        this.timelines = timelines;
        this.broadcaster = broadcaster;
        this.properties = properties;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Claims received between {@code from} and {@code to} (inclusive dates, default the last 90 days), newest first.
     * {@code beneficiary} is a NIR or a rank in the contract; {@code contract} is for ops only (a member sees their own).
     */
    @GetMapping
    ClaimPage list(Caller caller,
                   @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                   @RequestParam(required = false) CareCategory careType,
                   @RequestParam(required = false) String beneficiary,
                   @RequestParam(required = false) ClaimStatus status,
                   @RequestParam(required = false) String contract,
                   @RequestParam(defaultValue = "0") @Min(0) int page,
                   @RequestParam(required = false) @Min(1) @Max(100) Integer size) {
        ZoneId zone = properties.zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate end = to != null ? to : from != null && from.isAfter(today) ? from : today;
        LocalDate start = from != null ? from : end.minusDays(properties.listing().defaultDays());
        if (start.isAfter(end)) {
            throw ErrorCode.INVALID_PERIOD.exception("'from' must not be after 'to'");
        }
        String who = beneficiary == null ? null : beneficiary.strip().toUpperCase(java.util.Locale.ROOT);
        if (who != null && !RANK.matcher(who).matches() && !NIR.matcher(who).matches()) {
            throw ErrorCode.INVALID_BENEFICIARY.exception("'beneficiary' is a 15-character NIR or a rank in the contract");
        }
        Optional<String> scope = CallerScope.scope(caller, contract);
        var filter = new ClaimFilter(scope, start.atStartOfDay(zone).toInstant(),
                end.plusDays(1).atStartOfDay(zone).toInstant(), Optional.ofNullable(careType).map(Enum::name),
                Optional.ofNullable(who).filter(w -> !RANK.matcher(w).matches()),
                Optional.ofNullable(who).filter(w -> RANK.matcher(w).matches()).map(Integer::valueOf),
                Optional.ofNullable(status));
        ClaimPage found = timelines.list(filter, page, size != null ? size : properties.listing().defaultSize());
        // a listing across contracts is recorded once per member it showed, so a supervisor asking about one finds it
        audit.recordAll(caller, AuditAction.READ, RESOURCE, scope.isPresent() ? "listing page " + page
                        : "listing page " + page + " of every contract",
                scope.map(List::of).orElseGet(() -> timelines.contractsOf(
                        found.items().stream().map(ClaimSummary::claimId).toList())), AccessReason.MEMBER_REQUEST);
        return found;
    }

    @GetMapping("/{claimId}")
    ClaimDetail detail(Caller caller, @PathVariable UUID claimId) {
        ClaimDetail claim = readable(caller, claimId);
        audit.record(caller, AuditAction.READ, RESOURCE, claimId, claim.contractNumber(), AccessReason.MEMBER_REQUEST);
        return claim;
    }

    /** Server-sent events: the current status first, then each new status as it is committed. */
    @GetMapping(path = "/{claimId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(Caller caller, @PathVariable UUID claimId) {
        ClaimDetail claim = readable(caller, claimId);
        audit.record(caller, AuditAction.READ, RESOURCE, claimId, claim.contractNumber(), AccessReason.MEMBER_REQUEST);
        SseEmitter emitter = new SseEmitter(properties.live().timeout().toMillis());
        // registered before reading the status, so a change committed in between is sent rather than lost
        broadcaster.register(claimId, emitter);
        ClaimDetail current = readable(caller, claimId);
        LiveStatusBroadcaster.send(emitter,
                new StatusUpdate(claimId, current.status(), current.statusLabel(), current.statusAt()));
        return emitter;
    }

    /** Another member's claim is answered exactly like a claim that does not exist: its existence is not revealed. */
    private ClaimDetail readable(Caller caller, UUID claimId) {
        return timelines.find(claimId)
                .filter(claim -> claim.contractNumber() != null ? caller.canSee(claim.contractNumber()) : caller.isOps())
                .orElseThrow(() -> ErrorCode.CLAIM_NOT_FOUND.exception("No claim " + claimId));
    }
}
