/**
 * Payment orders, from {@code ClaimAdjudicated} to PAID or FAILED.
 *
 * <p>One live order per claim and payee (a FAILED order is followed by attempt + 1), for exactly the reimbursed cents
 * less the payee's outstanding debt. Redelivery is absorbed by the idempotent consumer, a replay under a new event id
 * by finding the claim's order (the unique constraints stand behind). A reversal creates a {@code member_debt} row,
 * offset against the payee's next orders, oldest debt first, never below zero: an order entirely offset is OFFSET and
 * transfers nothing. A poll of claims is applied in one transaction from what {@code Poll} read once for it: the
 * payees' accounts in force and outstanding debts, the claims that have an order.
 *
 * <p>Statuses: AWAITING_BANK_ACCOUNT → READY → ISSUED (in a batch) → PAID | FAILED; OFFSET. Events on
 * {@code Topics.PAYMENT_PAYMENTS}: {@code PaymentIssued}, {@code ClaimReimbursed}, {@code PaymentFailed}.
 */
package fr.prestaflow.payment.orders;
