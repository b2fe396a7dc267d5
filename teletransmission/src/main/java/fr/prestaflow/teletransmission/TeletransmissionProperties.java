package fr.prestaflow.teletransmission;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The teletransmission service's own settings ({@code prestaflow.teletransmission.*}).
 *
 * @param receiverCode   our complementary number: files addressed to another receiver are rejected (NLF-E011)
 * @param workers        files processed at the same time; each holds one database transaction for its whole file
 * @param pollInterval   how often idle workers look for RECEIVED files (an upload wakes them at once)
 * @param stalledAfter   a PROCESSING file whose worker is gone (no row lock) for this long is picked up again
 * @param maxAttempts    processing attempts of a file before it is FAILED
 * @param maxFileSize    largest accepted upload, raw body or multipart part
 * @param chunkSize      size of the chunks file and acknowledgment bytes are stored in
 * @param batchSize      accepted décomptes written per JDBC batch while a file is read
 * @param spoolDirectory where acknowledgments are spooled while a file is read; the temporary directory when absent
 * @param zone           the day of an inbound décompte message (its "file creation date" for NLF-E039) is taken here
 */
@ConfigurationProperties("prestaflow.teletransmission")
public record TeletransmissionProperties(
        @DefaultValue("99123456") String receiverCode,
        @DefaultValue("2") int workers,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("1m") Duration stalledAfter,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("2GB") DataSize maxFileSize,
        @DefaultValue("1MB") DataSize chunkSize,
        @DefaultValue("500") int batchSize,
        Path spoolDirectory,
        @DefaultValue("Europe/Paris") ZoneId zone) {

    public TeletransmissionProperties {
        if (workers < 1 || maxAttempts < 1 || batchSize < 1) {
            throw new IllegalArgumentException("workers, max-attempts and batch-size must be at least 1");
        }
        if (chunkSize.toBytes() < 1024 || chunkSize.toBytes() > 64L * 1024 * 1024) {
            throw new IllegalArgumentException("chunk-size must be within 1KB..64MB");
        }
    }

    public Path spool() {
        return Optional.ofNullable(spoolDirectory).orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir")));
    }
}
