package fr.prestaflow.teletransmission.nlf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Validates an NLF 1.0 file in one streaming pass and writes its NLA 1.0 acknowledgment (NLF.md). Thread-safe: each
 * call has its own state. Memory stays flat whatever the file: one line at a time, per-décompte counters, the set of
 * décompte ids, NLA entries spooled to a temporary file past a small bound.
 */
public final class NlfProcessor {

    private static final Pattern RECEIVER_CODE = Pattern.compile("[0-9]{8}");

    private final String receiverCode;
    private final NlfRegistry registry;
    private final Path spoolDirectory;

    public NlfProcessor(String receiverCode) {
        this(receiverCode, NlfRegistry.NONE);
    }

    public NlfProcessor(String receiverCode, NlfRegistry registry) {
        this(receiverCode, registry, null);
    }

    private NlfProcessor(String receiverCode, NlfRegistry registry, Path spoolDirectory) {
        Objects.requireNonNull(receiverCode, "receiverCode");
        if (!RECEIVER_CODE.matcher(receiverCode).matches()) {
            throw new IllegalArgumentException("A receiver code is 8 digits");
        }
        this.receiverCode = receiverCode;
        this.registry = Objects.requireNonNull(registry, "registry");
        this.spoolDirectory = spoolDirectory;
    }

    /** The same processor spooling large acknowledgments under {@code directory} instead of the temporary directory. */
    public NlfProcessor withSpoolDirectory(Path directory) {
        return new NlfProcessor(receiverCode, registry, Objects.requireNonNull(directory, "directory"));
    }

    /**
     * Reads {@code file} to its end, feeds {@code sink} and ends it with {@code commit()} or {@code discard()}, writes
     * the acknowledgment to {@code acknowledgment} (not closed) and returns its header values. On an exception the
     * sink is discarded and nothing more is written.
     */
    public NlfResult process(InputStream file, DecompteSink sink, OutputStream acknowledgment) throws IOException {
        try (var spool = new EntrySpool(spoolDirectory)) {
            var pass = new ValidationPass(new Framing.File(receiverCode), registry, spool, sink);
            var lines = new LineReader(file);
            NlfResult result;
            try {
                pass.consume(lines);
                String sha256 = lines.sha256Hex();
                result = pass.knownFile().isPresent()
                        ? answerKnownFile(pass, sha256, acknowledgment)
                        : writeAcknowledgment(pass.result(sha256), spool, acknowledgment);
            } catch (IOException | RuntimeException e) {
                sink.discard();
                throw e;
            }
            if (pass.ingestible()) {
                sink.commit();
            } else {
                sink.discard();
            }
            return result;
        }
    }

    /** {@link #process} with the acknowledgment in memory: for small files and tests. */
    public Acknowledgment acknowledge(InputStream file, DecompteSink sink) throws IOException {
        var bytes = new ByteArrayOutputStream();
        NlfResult result = process(file, sink, bytes);
        return new Acknowledgment(result, bytes.toByteArray());
    }

    /** {@link #acknowledge(InputStream, DecompteSink)} of bytes already in memory, ingesting nothing. */
    public Acknowledgment acknowledge(byte[] file) {
        try {
            return acknowledge(new ByteArrayInputStream(file), DecompteSink.NONE);
        } catch (IOException e) {
            throw new IllegalStateException("No I/O on bytes in memory", e);
        }
    }

    private static NlfResult writeAcknowledgment(NlfResult result, EntrySpool spool, OutputStream out)
            throws IOException {
        out.write(result.headerLine().getBytes(StandardCharsets.UTF_8));
        spool.copyTo(out);
        out.write(("999|" + result.entryCount() + '\n').getBytes(StandardCharsets.UTF_8));
        out.flush();
        return result;
    }

    /** NLF.md §8: same SHA-256, the stored NLA byte for byte; else REJECTED with the single entry NLF-E010. */
    private static NlfResult answerKnownFile(ValidationPass pass, String sha256, OutputStream out) throws IOException {
        ValidationPass.KnownFile known = pass.knownFile().orElseThrow();
        if (known.prior().sha256().equals(sha256)) {
            return StoredAcknowledgment.copy(known.prior(), out);
        }
        AckIdentity identity = pass.identity();
        var result = new NlfResult(identity.senderCode(), identity.receiverCode(), identity.fileId(), sha256,
                NlaStatus.REJECTED, 0, 0, 0, 0, 1, 0, NlfResult.Disposition.CONFLICT, false);
        var conflict = new NlaEntry(known.lineNumber(), RecordType.FILE_HEADER.code(), "", NlfCode.E010, Severity.FILE,
                "fileId", "");
        out.write((result.headerLine() + conflict.toLine() + "999|1\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        return result;
    }
}
