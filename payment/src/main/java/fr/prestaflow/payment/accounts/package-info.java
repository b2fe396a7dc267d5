/**
 * Payees' bank accounts: members register theirs ({@code PUT /api/v1/bank-accounts/me}), ops register practitioners'
 * for tiers payant. Accounts are versioned ({@code effective_from}); a payment order keeps the version in force when it
 * was created. IBANs are sealed at rest with AES-GCM ({@code IbanCipher}) and shown masked everywhere; only
 * {@link fr.prestaflow.payment.accounts.BankAccounts#creditor} opens one, for the pain.001 file. A member's change is
 * announced as {@link fr.prestaflow.payment.accounts.BankAccountChanged} on {@code Topics.PAYMENT_BANK_ACCOUNTS}.
 */
package fr.prestaflow.payment.accounts;
