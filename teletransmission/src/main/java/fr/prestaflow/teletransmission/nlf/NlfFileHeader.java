package fr.prestaflow.teletransmission.nlf;

import java.time.OffsetDateTime;
import java.util.Objects;

/** A valid {@code 000} record. {@code createdAt} keeps the offset as written. */
public record NlfFileHeader(String senderCode, String receiverCode, String fileId, OffsetDateTime createdAt,
                            boolean testFile) {

    public NlfFileHeader {
        Objects.requireNonNull(senderCode, "senderCode");
        Objects.requireNonNull(receiverCode, "receiverCode");
        Objects.requireNonNull(fileId, "fileId");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public FileKey key() {
        return new FileKey(senderCode, fileId);
    }
}
