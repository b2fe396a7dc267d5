package fr.prestaflow.payment.batches;

import fr.prestaflow.payment.orders.PaymentOrder;
import fr.prestaflow.payment.orders.PaymentOrders;
import fr.prestaflow.payment.web.ErrorCode;
import fr.prestaflow.platform.audit.AuditAction;
import fr.prestaflow.platform.audit.AuditTrail;
import fr.prestaflow.platform.web.AccessReason;
import fr.prestaflow.platform.web.Caller;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Ops: payment batches. {@code POST} makes a batch now: 201 with its Location, or 204 (no body) when no order is
 * READY, which is not an error. Batch views are totals; the pain.001 names every payee with their IBAN, so its download
 * is audited once per member paid (default reason PAYMENT_INVESTIGATION).
 */
@RestController
@RequestMapping("/api/v1/payment-batches")
class PaymentBatchController {

    private final BatchRuns runs;
    private final PaymentBatches batches;
    private final StatusReports reports;
    private final PaymentOrders orders;
    private final AuditTrail audit;

    PaymentBatchController(BatchRuns runs, PaymentBatches batches, StatusReports reports, PaymentOrders orders,
                           AuditTrail audit) {
        this.runs = runs;
        this.batches = batches;
        this.reports = reports;
        this.orders = orders;
        this.audit = audit;
    }

    @PostMapping
    ResponseEntity<BatchView> create(Caller caller) {
        caller.requireOps();
        return runs.run(BatchTrigger.ON_DEMAND)
                .map(id -> ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                        .buildAndExpand(id).toUri()).body(find(id)))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @GetMapping
    List<BatchView> newest(Caller caller, @RequestParam(defaultValue = "50") int limit) {
        caller.requireOps();
        return batches.newest(Math.clamp(limit, 1, 500));
    }

    @GetMapping("/{id}")
    BatchView one(Caller caller, @PathVariable UUID id) {
        caller.requireOps();
        return find(id);
    }

    /** The file as sent to the bank; the only document holding full IBANs. */
    @GetMapping("/{id}/pain001")
    ResponseEntity<byte[]> pain001(Caller caller, @PathVariable UUID id) {
        caller.requireOps();
        BatchView batch = find(id);
        byte[] xml = batches.pain001(id).orElseThrow();
        audit.recordAll(caller, AuditAction.EXPORT, "payment-batch", id,
                orders.ofBatch(id).stream().map(PaymentOrder::contractNumber).filter(Objects::nonNull).toList(),
                AccessReason.PAYMENT_INVESTIGATION);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_XML)
                .headers(headers -> headers.setContentDisposition(ContentDisposition.attachment()
                        .filename(batch.messageId() + ".xml").build()))
                .body(xml);
    }

    /** The bank's pain.002 for this batch, as XML in the body (any content type). */
    @PostMapping("/{id}/status-report")
    StatusReportImport statusReport(Caller caller, @PathVariable UUID id,
                                    @RequestBody(required = false) byte[] pain002) {
        caller.requireOps();
        return reports.importReport(id, pain002);
    }

    private BatchView find(UUID id) {
        return batches.view(id).orElseThrow(() -> ErrorCode.BATCH_NOT_FOUND.exception("No payment batch " + id));
    }
}
