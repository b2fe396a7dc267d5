package fr.prestaflow.payment.bank;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Production adapter: drops each pain.001 into the outbox directory that the bank channel (EBICS or SFTP client)
 * sends from. The file appears whole or not at all (written aside, then moved), named after the batch so that a
 * second submission replaces it instead of adding a duplicate payment file. The bank's pain.002 comes back through
 * the ops upload ({@code POST /api/v1/payment-batches/{id}/status-report}).
 */
public class FileExchangeBank implements BankGateway {

    private static final Logger log = LoggerFactory.getLogger(FileExchangeBank.class);

    private final Path outboxDirectory;

    public FileExchangeBank(Path outboxDirectory) {
        this.outboxDirectory = outboxDirectory;
    }

    @Override
    public void submit(UUID batchId, byte[] pain001) {
        Path target = fileOf(batchId);
        try {
            Files.createDirectories(outboxDirectory);
            Path partial = outboxDirectory.resolve("." + target.getFileName() + ".part");
            Files.write(partial, pain001);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not hand batch " + batchId + " to the bank channel", e);
        }
        log.info("Batch {} written to {}", batchId, target);
    }

    public Path fileOf(UUID batchId) {
        return outboxDirectory.resolve("pain001-" + batchId + ".xml");
    }
}
