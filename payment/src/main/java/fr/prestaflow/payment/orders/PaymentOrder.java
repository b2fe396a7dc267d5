package fr.prestaflow.payment.orders;

import fr.prestaflow.contracts.events.v1.Payee;
import fr.prestaflow.contracts.money.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * What the mutuelle pays one payee for one claim: {@code amount = adjudicatedAmount - debtOffset}, exact cents.
 *
 * @param bankAccountId the account version in force when the order was created (or registered while it waited)
 * @param endToEndId    the claim id and the attempt, travelling to the payee's bank statement and back in pain.002
 */
public record PaymentOrder(UUID id, UUID claimId, Payee payee, String contractNumber, int attempt, String endToEndId,
                           Money adjudicatedAmount, Money debtOffset, Money amount, PaymentOrderStatus status,
                           UUID bankAccountId, UUID batchId, String failureCode, String failureReason, Instant createdAt,
                           Instant updatedAt) {
}
