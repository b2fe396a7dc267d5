package fr.prestaflow.payment.bank;

import java.util.UUID;

/**
 * The channel to the mutuelle's bank. Submitting the same batch twice must be harmless (same file name, same MsgId),
 * since a crash between submission and its record makes the next run submit again.
 */
public interface BankGateway {

    void submit(UUID batchId, byte[] pain001);
}
