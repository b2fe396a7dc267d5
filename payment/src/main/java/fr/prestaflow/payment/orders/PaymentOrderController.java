package fr.prestaflow.payment.orders;

import fr.prestaflow.platform.web.Caller;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ops: where the payment of a claim stands (every attempt), or every order in a status. */
@RestController
@RequestMapping("/api/v1/payment-orders")
class PaymentOrderController {

    private final PaymentOrders orders;

    PaymentOrderController(PaymentOrders orders) {
        this.orders = orders;
    }

    @GetMapping
    List<PaymentOrder> search(Caller caller, @RequestParam Optional<UUID> claimId,
                              @RequestParam Optional<PaymentOrderStatus> status,
                              @RequestParam(defaultValue = "100") int limit) {
        caller.requireOps();
        return orders.search(claimId, status, Math.clamp(limit, 1, 1000));
    }
}
