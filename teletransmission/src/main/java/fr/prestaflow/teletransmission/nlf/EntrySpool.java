package fr.prestaflow.teletransmission.nlf;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * NLA entries kept aside while the file is read, because the NLA header needs the final counts (NLF.md §9). In memory
 * up to a small bound, then in a temporary file deleted on close, so memory does not grow with the number of errors.
 */
final class EntrySpool implements EntryLog, Closeable {

    static final int IN_MEMORY_BYTES = 256 * 1024;

    private final Path directory;
    private final ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private Path file;
    private OutputStream spilled;

    /** {@code directory}: where to spill; the system temporary directory when null. */
    EntrySpool(Path directory) {
        this.directory = directory;
    }

    @Override
    public void append(NlaEntry entry) {
        byte[] line = entry.toLine().getBytes(StandardCharsets.UTF_8);
        try {
            if (spilled == null && memory.size() + line.length > IN_MEMORY_BYTES) {
                spill();
            }
            (spilled != null ? spilled : memory).write(line);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot spool NLA entries", e);
        }
    }

    private void spill() throws IOException {
        file = directory == null ? Files.createTempFile("nla-", ".spool") : Files.createTempFile(directory, "nla-", ".spool");
        spilled = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
        memory.writeTo(spilled);
        memory.reset();
    }

    boolean spilledToDisk() {
        return spilled != null;
    }

    void copyTo(OutputStream target) throws IOException {
        if (spilled == null) {
            memory.writeTo(target);
            return;
        }
        spilled.flush();
        Files.copy(file, target);
    }

    @Override
    public void close() throws IOException {
        if (spilled != null) {
            spilled.close();
            Files.deleteIfExists(file);
        }
    }
}
