package fr.prestaflow.teletransmission.nlf;

import java.util.Objects;

/** The idempotency key of an NLF file: (senderCode, fileId), unique forever (NLF.md §8). */
public record FileKey(String senderCode, String fileId) {

    public FileKey {
        Objects.requireNonNull(senderCode, "senderCode");
        Objects.requireNonNull(fileId, "fileId");
    }
}
