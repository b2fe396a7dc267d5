package fr.prestaflow.teletransmission.files;

import fr.prestaflow.platform.ids.TimeOrderedIds;
import fr.prestaflow.teletransmission.TeletransmissionProperties;
import fr.prestaflow.teletransmission.blobs.BlobStore;
import fr.prestaflow.teletransmission.blobs.StoredBlob;
import fr.prestaflow.teletransmission.decomptes.DecompteBatch;
import fr.prestaflow.teletransmission.decomptes.DecompteRegistry;
import fr.prestaflow.teletransmission.decomptes.DecompteWriter;
import fr.prestaflow.teletransmission.decomptes.IngestChannel;
import fr.prestaflow.teletransmission.decomptes.Origin;
import fr.prestaflow.teletransmission.decomptes.Rejection;
import fr.prestaflow.teletransmission.decomptes.Rejections;
import fr.prestaflow.teletransmission.nlf.NlfProcessor;
import fr.prestaflow.teletransmission.nlf.NlfResult;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Processes one uploaded file in one database transaction (NLF.md §8, all or nothing): the file is read from the store
 * once, accepted décomptes become claims and outbox rows batch by batch as they are read, and then, in the same
 * transaction, the acknowledgment is stored, the file key recorded and the file row completed. A file the processor
 * does not commit (FILE error, test file, replay, E010) is rolled back to a savepoint taken before the first décompte,
 * so nothing of it is ingested, while its acknowledgment is still stored.
 */
@Component
class FileProcessing {

    private final TransactionTemplate transactions;
    private final FileStore files;
    private final BlobStore blobs;
    private final JdbcClient jdbc;
    private final DecompteRegistry decomptes;
    private final DecompteWriter writer;
    private final Rejections rejections;
    private final String receiverCode;
    private final Path spool;
    private final MeterRegistry meters;

    FileProcessing(TransactionTemplate transactions, FileStore files, BlobStore blobs, JdbcClient jdbc,
                   DecompteRegistry decomptes, DecompteWriter writer, Rejections rejections,
                   TeletransmissionProperties properties, MeterRegistry meters) throws IOException {
        this.transactions = transactions;
        this.files = files;
        this.blobs = blobs;
        this.jdbc = jdbc;
        this.decomptes = decomptes;
        this.writer = writer;
        this.rejections = rejections;
        this.receiverCode = properties.receiverCode();
        this.spool = Files.createDirectories(properties.spool());
        this.meters = meters;
        new NlfProcessor(receiverCode); // fails at startup on a malformed receiver code, not at the first file
    }

    /** Empty when the file is no longer PROCESSING: another worker took it back meanwhile. */
    Optional<NlfResult> process(UUID upload) {
        Optional<NlfResult> result = transactions.execute(tx -> files.lockForProcessing(upload).map(file -> {
            try {
                return processLocked(file, tx);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        result.ifPresent(done -> meters.counter("prestaflow.teletransmission.files", "outcome", done.status().name(),
                "disposition", done.disposition().name()).increment());
        return result;
    }

    private NlfResult processLocked(FileStore.ToProcess file, TransactionStatus tx) throws IOException {
        Object savepoint = tx.createSavepoint();
        var registry = new FileRegistry(jdbc, blobs, decomptes, file.contentBlob());
        DecompteBatch batch = writer.batch(Origin.file(file.id()));
        Rejections.Batch rejected = rejections.batch();
        var sink = new FileSink(file.id(), batch, rejected);
        Path acknowledgment = Files.createTempFile(spool, "nla-", ".txt");
        try {
            NlfResult result;
            try (InputStream in = blobs.open(file.contentBlob());
                 OutputStream out = new NlaTap(new BufferedOutputStream(Files.newOutputStream(acknowledgment), 1 << 16),
                         entry -> rejected.add(rejection(file.id(), sink.senderCode(), entry)))) {
                result = new NlfProcessor(receiverCode, registry).withSpoolDirectory(spool).process(in, sink, out);
            }
            if (!result.sha256().equals(file.sha256())) {
                throw new IllegalStateException("Stored content of " + file.id() + " does not match its SHA-256");
            }
            if (batch.committed()) {
                rejected.flush();
                tx.releaseSavepoint(savepoint);
            } else {
                tx.rollbackToSavepoint(savepoint);
            }
            StoredBlob nla;
            try (InputStream in = Files.newInputStream(acknowledgment)) {
                nla = blobs.write(TimeOrderedIds.next(), in, Long.MAX_VALUE);
            }
            if (result.isRecordable()) {
                registry.record(result.fileKey().orElseThrow(), file.id(), result.sha256());
            }
            files.finish(file.id(), result, nla, batch.claimsCreated(), registry.priorUpload());
            if (result.disposition() == NlfResult.Disposition.REPLAYED) {
                files.forgetContent(file.id());
                blobs.delete(file.contentBlob());
            }
            return result;
        } finally {
            registry.close();
            Files.deleteIfExists(acknowledgment);
        }
    }

    /** A DECOMPTE entry of the acknowledgment: {@code 500|line|type|decompteId|code|severity|field|message|detail}. */
    private static Rejection rejection(UUID upload, String senderCode, String[] entry) {
        return new Rejection(IngestChannel.FILE, upload, senderCode, entry[3], Long.parseLong(entry[1]), entry[4],
                entry[6], entry[8]);
    }
}
