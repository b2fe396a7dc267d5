package fr.prestaflow.intake.review;

import fr.prestaflow.intake.ErrorCode;
import fr.prestaflow.platform.web.Caller;
import fr.prestaflow.intake.analysis.DocumentKind;
import fr.prestaflow.intake.review.ReviewViews.Decided;
import fr.prestaflow.intake.review.ReviewViews.ReviewItem;
import fr.prestaflow.intake.review.ReviewViews.ReviewPage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The review queue, for operations agents only ({@code X-Role: OPS}; the acting agent in {@code X-Agent}). */
@RestController
class ReviewController {

    private static final int MAX_PAGE_SIZE = 100;

    private final ReviewQueue queue;

    ReviewController(ReviewQueue queue) {
        this.queue = queue;
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
        return queue.list(new QueueFilter(status, kind, from, to, member, page, size));
    }

    @GetMapping("/api/v1/review-queue/{claimId}")
    ReviewItem get(Caller caller, @PathVariable UUID claimId) {
        caller.requireOps();
        return queue.get(claimId);
    }

    @PostMapping("/api/v1/review-queue/{claimId}/take")
    ReviewItem take(Caller caller, @PathVariable UUID claimId) {
        return queue.take(claimId, caller.requireAgent());
    }

    @PostMapping("/api/v1/review-queue/{claimId}/decision")
    Decided decide(Caller caller, @PathVariable UUID claimId, @RequestBody DecisionRequest decision) {
        return queue.decide(claimId, caller.requireAgent(), decision);
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
