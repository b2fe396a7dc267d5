/**
 * The bank port ({@link fr.prestaflow.payment.bank.BankGateway}) and its adapters, chosen by
 * {@code prestaflow.payment.bank}: {@code simulated} (local stack, tests) answers each batch with a pain.002 at once;
 * {@code file-exchange} (production) writes the file where the bank channel picks it up.
 */
package fr.prestaflow.payment.bank;
