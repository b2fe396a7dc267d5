package fr.prestaflow.payment.orders;

import fr.prestaflow.platform.audit.AuditAction;
import fr.prestaflow.platform.audit.AuditTrail;
import fr.prestaflow.platform.web.AccessReason;
import fr.prestaflow.platform.web.Caller;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ops: where the payment of a claim stands (every attempt), or every order in a status. Audited once per member shown
 * (default reason PAYMENT_INVESTIGATION).
 */
@RestController
@RequestMapping("/api/v1/payment-orders")
class PaymentOrderController {

    private final PaymentOrders orders;
    private final AuditTrail audit;

    PaymentOrderController(PaymentOrders orders, AuditTrail audit) {
        this.orders = orders;
        this.audit = audit;
    }

    @GetMapping
    List<PaymentOrder> search(Caller caller, @RequestParam Optional<UUID> claimId,
                              @RequestParam Optional<PaymentOrderStatus> status,
                              @RequestParam(defaultValue = "100") int limit) {
        caller.requireOps();
        List<PaymentOrder> found = orders.search(claimId, status, Math.clamp(limit, 1, 1000));
        String query = claimId.map(id -> "claimId=" + id).orElseGet(() -> "status=" + status.map(Enum::name).orElse("any"));
        audit.recordAll(caller, AuditAction.READ, "payment-order", query,
                found.stream().map(PaymentOrder::contractNumber).filter(Objects::nonNull).toList(),
                AccessReason.PAYMENT_INVESTIGATION);
        return found;
    }
}
