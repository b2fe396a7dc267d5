package fr.prestaflow.intake.review;

import fr.prestaflow.intake.ErrorCode;
import fr.prestaflow.intake.analysis.DocumentKind;
import fr.prestaflow.intake.claims.Claim;
import fr.prestaflow.intake.claims.ClaimStore;
import fr.prestaflow.intake.review.ReviewViews.Decided;
import fr.prestaflow.intake.review.ReviewViews.ReviewItem;
import fr.prestaflow.intake.review.ReviewViews.ReviewPage;
import fr.prestaflow.platform.audit.AuditAction;
import fr.prestaflow.platform.audit.AuditTrail;
import fr.prestaflow.platform.web.AccessReason;
import fr.prestaflow.platform.web.Caller;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review queue, for operations agents only ({@code X-Role: OPS}; the acting agent in {@code X-Agent}). Every access
 * is audited (default reason CLAIM_REVIEW); a take or a decision commits with its audit entry.
 */
@RestController
class ReviewController {

    private static final int MAX_PAGE_SIZE = 100;

    private static final String RESOURCE = "review-item";

    private final ReviewQueue queue;
    private final ClaimStore claims;
    private final AuditTrail audit;

    ReviewController(ReviewQueue queue, ClaimStore claims, AuditTrail audit) {
        this.queue = queue;
        this.claims = claims;
        this.audit = audit;
    }

    @GetMapping("/api/v1/review-queue")
    ReviewPage list(Caller caller,
                    @RequestParam(required = false) QueueStatus status,
                    @RequestParam(required = false) String documentType,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    @RequestParam(required = false) String contract,
                    @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "20") int size) {
        caller.requireOps();
        checkPaging(page, size, from, to);
        DocumentKind kind = documentType == null || documentType.isBlank() ? null : DocumentKind.fromLabel(documentType);
        String member = contract == null || contract.isBlank() ? null : contract.strip();
        ReviewPage found = queue.list(new QueueFilter(status, kind, from, to, member, page, size));
        audit.recordAll(caller, AuditAction.READ, RESOURCE, "listing page " + page,
                found.items().stream().map(ReviewItem::memberContract).toList(), AccessReason.CLAIM_REVIEW);
        return found;
    }

    @GetMapping("/api/v1/review-queue/{claimId}")
    ReviewItem get(Caller caller, @PathVariable UUID claimId) {
        caller.requireOps();
        ReviewItem item = queue.get(claimId);
        audit.record(caller, AuditAction.READ, RESOURCE, claimId, item.memberContract(), AccessReason.CLAIM_REVIEW);
        return item;
    }

    @PostMapping("/api/v1/review-queue/{claimId}/take")
    @Transactional
    public ReviewItem take(Caller caller, @PathVariable UUID claimId) {
        ReviewItem item = queue.take(claimId, caller.requireAgent());
        audit.record(caller, AuditAction.UPDATE, RESOURCE, claimId, item.memberContract(), AccessReason.CLAIM_REVIEW);
        return item;
    }

    @PostMapping("/api/v1/review-queue/{claimId}/decision")
    @Transactional
    public Decided decide(Caller caller, @PathVariable UUID claimId, @RequestBody DecisionRequest decision) {
        Decided decided = queue.decide(claimId, caller.requireAgent(), decision);
        audit.record(caller, AuditAction.DECISION, RESOURCE, claimId,
                claims.find(claimId).map(Claim::memberContract).orElse(null), AccessReason.CLAIM_REVIEW);
        return decided;
    }

    private static void checkPaging(int page, int size, LocalDate from, LocalDate to) {
        List<Map<String, Object>> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(Map.of("field", "page", "message", "must not be negative"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            errors.add(Map.of("field", "size", "message", "must be within 1.." + MAX_PAGE_SIZE));
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(Map.of("field", "to", "message", "must not be before from"));
        }
        if (!errors.isEmpty()) {
            throw ErrorCode.VALIDATION_FAILED.exception("The query is not valid", Map.of("errors", errors));
        }
    }
}
