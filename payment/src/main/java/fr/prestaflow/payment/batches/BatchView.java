package fr.prestaflow.payment.batches;

import fr.prestaflow.contracts.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A batch for ops: what was sent, and where its transfers stand after the bank's reports.
 *
 * @param status CREATED (not yet handed to the bank), SUBMITTED (waiting for the bank), then ACCEPTED,
 *               PARTIALLY_ACCEPTED or REJECTED once every transfer has an answer
 * @param total  the file's control sum; {@code paidTotal + failedTotal + pendingTotal = total}
 */
public record BatchView(UUID id, String messageId, String status, String triggeredBy, Instant createdAt,
                        Instant submittedAt, LocalDate requestedExecutionDate, int transactionCount, Money total,
                        int paidCount, Money paidTotal, int failedCount, Money failedTotal, int pendingCount,
                        Money pendingTotal) {

    static String statusOf(Instant submittedAt, int paid, int failed, int pending) {
        if (submittedAt == null) {
            return "CREATED";
        }
        if (pending > 0) {
            return "SUBMITTED";
        }
        if (failed == 0) {
            return "ACCEPTED";
        }
        return paid == 0 ? "REJECTED" : "PARTIALLY_ACCEPTED";
    }
}
