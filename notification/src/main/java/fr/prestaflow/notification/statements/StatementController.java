package fr.prestaflow.notification.statements;

import fr.prestaflow.notification.NotificationProperties;
import fr.prestaflow.notification.timeline.ClaimSummary;
import fr.prestaflow.notification.timeline.ClaimTimelines;
import fr.prestaflow.notification.web.CallerScope;
import fr.prestaflow.notification.web.ErrorCode;
import fr.prestaflow.platform.audit.AuditAction;
import fr.prestaflow.platform.audit.AuditTrail;
import fr.prestaflow.platform.web.AccessReason;
import fr.prestaflow.platform.web.Caller;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The member's "relevé de prestations" as a PDF: claims received in the period (default: this calendar year). Staff
 * downloads are audited as exports (default reason MEMBER_REQUEST).
 */
@RestController
@RequestMapping("/api/v1/statements")
class StatementController {

    private static final int MAX_DAYS = 366;
    private static final int MAX_CLAIMS = 2000;

    private final ClaimTimelines timelines;
    private final NotificationProperties properties;
    private final Clock clock;
    private final AuditTrail audit;

    StatementController(ClaimTimelines timelines, NotificationProperties properties, Clock clock, AuditTrail audit) {
        this.timelines = timelines;
        this.properties = properties;
        this.clock = clock;
        this.audit = audit;
    }

    @GetMapping(produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> statement(Caller caller,
                                     @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                                     @RequestParam(required = false) String contract) {
        ZoneId zone = properties.zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate end = to != null ? to : today;
        LocalDate start = from != null ? from : end.withDayOfYear(1);
        if (start.isAfter(end) || ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw ErrorCode.INVALID_PERIOD.exception("The period runs from 'from' to 'to', at most " + MAX_DAYS + " days");
        }
        String contractNumber = CallerScope.contract(caller, contract);
        List<ClaimSummary> claims = timelines.received(contractNumber, start.atStartOfDay(zone).toInstant(),
                end.plusDays(1).atStartOfDay(zone).toInstant(), MAX_CLAIMS);
        byte[] pdf = StatementPdf.render(contractNumber, new StatementPdf.Period(start, end), today, claims, zone);
        audit.record(caller, AuditAction.EXPORT, "statement", start + ".." + end, contractNumber, AccessReason.MEMBER_REQUEST);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("releve-prestations-" + start + "-" + end + ".pdf").build().toString())
                .body(pdf);
    }
}
