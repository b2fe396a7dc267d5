package fr.prestaflow.payment;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The payment service's own settings ({@code prestaflow.payment.*}); the bank adapter is chosen by
 * {@code prestaflow.payment.bank} ({@code simulated}, the default, or {@code file-exchange}).
 *
 * @param batchInterval        how often READY orders are gathered into a pain.001 file
 * @param scheduledBatches     false: batches are made on demand only (ops, tests)
 * @param maxTransfersPerBatch orders beyond it wait for the next batch
 * @param debtor               the mutuelle's account every batch is paid from
 */
@ConfigurationProperties("prestaflow.payment")
public record PaymentProperties(
        @DefaultValue("1m") Duration batchInterval,
        @DefaultValue("true") boolean scheduledBatches,
        @DefaultValue("5000") int maxTransfersPerBatch,
        @DefaultValue Debtor debtor,
        @DefaultValue FileExchange fileExchange,
        @DefaultValue SimulatedBank simulatedBank) {

    public record Debtor(@DefaultValue("Mutuelle Prestaflow") String name,
                         @DefaultValue("FR7630004000031234567890143") String iban,
                         String bic) {
    }

    /** @param outboxDirectory where pain.001 files are dropped for the bank channel (EBICS/SFTP client) to pick up */
    public record FileExchange(@DefaultValue("var/bank-outbox") Path outboxDirectory) {
    }

    /**
     * @param autoAnswer the simulated bank answers every submitted batch at once; tests turn it off to post their own
     *                   pain.002
     * @param rejects    transfers to these IBANs are rejected with the given ISO reason code
     */
    public record SimulatedBank(@DefaultValue("true") boolean autoAnswer, @DefaultValue List<Reject> rejects) {
    }

    public record Reject(String iban, String reasonCode) {
    }
}
