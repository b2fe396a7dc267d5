package fr.prestaflow.payment.accounts;

import java.time.Instant;

/**
 * A bank account as shown to its owner and to ops: the IBAN is always masked ({@code FR76 •••• 1234}).
 *
 * @param status VALID, or INVALID once the bank rejected a transfer to it (a new IBAN is needed)
 */
public record BankAccountView(String maskedIban, String bic, String holderName, int version, Instant effectiveFrom,
                              String status, String invalidReason) {
}
