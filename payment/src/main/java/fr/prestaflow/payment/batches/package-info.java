/**
 * pain.001 batches of the READY orders, every {@code prestaflow.payment.batch-interval} and on demand, handed to the
 * {@link fr.prestaflow.payment.bank.BankGateway}; and the import of the bank's pain.002 status reports, whether uploaded
 * by ops or returned by a bank adapter.
 */
package fr.prestaflow.payment.batches;
