package fr.prestaflow.teletransmission.nlf;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one upload: the values of the NLA header (NLF.md §7) and how the upload was handled. The
 * acknowledgment itself is written to the stream given to {@link NlfProcessor#process}.
 */
public record NlfResult(String senderCode, String receiverCode, String fileId, String sha256, NlaStatus status,
                        long decomptesRead, long decomptesAccepted, long linesRead, long linesAccepted,
                        long errorCount, long warningCount, Disposition disposition, boolean testFile) {

    public enum Disposition {
        /** Validated now; the acknowledgment is new. */
        PROCESSED,
        /** Same key and same SHA-256 as an earlier upload: its stored acknowledgment was returned byte for byte. */
        REPLAYED,
        /** Same key, different SHA-256: rejected with the single entry NLF-E010; the stored file is unchanged. */
        CONFLICT
    }

    public NlfResult {
        Objects.requireNonNull(senderCode, "senderCode");
        Objects.requireNonNull(receiverCode, "receiverCode");
        Objects.requireNonNull(fileId, "fileId");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(disposition, "disposition");
    }

    public long decomptesRejected() {
        return decomptesRead - decomptesAccepted;
    }

    public long linesRejected() {
        return linesRead - linesAccepted;
    }

    public long entryCount() {
        return errorCount + warningCount;
    }

    /** Present when the first record was a {@code 000} with a valid senderCode and fileId. */
    public Optional<FileKey> fileKey() {
        return senderCode.isEmpty() || fileId.isEmpty() ? Optional.empty()
                : Optional.of(new FileKey(senderCode, fileId));
    }

    /**
     * Whether the caller should store this upload's SHA-256 and acknowledgment under its key (NLF.md §8): processed
     * now, keyed, and not a test file (test files are never recorded).
     */
    public boolean isRecordable() {
        return disposition == Disposition.PROCESSED && !testFile && fileKey().isPresent();
    }

    /** The {@code 000} line of the acknowledgment, with its LF. */
    String headerLine() {
        return String.join("|", "000", "NLA1.0", senderCode, receiverCode, fileId, sha256, status.name(),
                Long.toString(decomptesRead), Long.toString(decomptesAccepted), Long.toString(decomptesRejected()),
                Long.toString(linesRead), Long.toString(linesAccepted), Long.toString(linesRejected()),
                Long.toString(errorCount), Long.toString(warningCount)) + '\n';
    }

    /** Reads back the header of a stored acknowledgment. */
    static NlfResult fromHeaderLine(String line, Disposition disposition) {
        String[] values = line.split("\\|", -1);
        if (values.length != 15 || !values[0].equals("000") || !values[1].equals("NLA1.0")) {
            throw new IllegalArgumentException("Not an NLA 1.0 header: " + line);
        }
        return new NlfResult(values[2], values[3], values[4], values[5], NlaStatus.valueOf(values[6]),
                Long.parseLong(values[7]), Long.parseLong(values[8]), Long.parseLong(values[10]),
                Long.parseLong(values[11]), Long.parseLong(values[13]), Long.parseLong(values[14]), disposition,
                false);
    }
}
