package fr.prestaflow.payment.bank;

import java.util.UUID;

/** Where a bank adapter hands the pain.002 it received for a batch: the same import as an ops upload. */
public interface BankStatusReports {

    void received(UUID batchId, byte[] pain002);
}
