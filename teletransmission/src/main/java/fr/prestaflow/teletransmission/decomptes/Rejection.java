package fr.prestaflow.teletransmission.decomptes;

import java.util.Objects;
import java.util.UUID;

/**
 * A décompte the NLF checks rejected: in an ingested file ({@code nlfFile} set) or in an inbound message. {@code code}
 * is the NLF code of its rejecting entry (or a pipeline code such as MISSING_SENDER); {@code lineNumber} is the line
 * of that entry, in the file or in the message.
 */
public record Rejection(IngestChannel channel, UUID nlfFile, String senderCode, String decompteId, long lineNumber,
                        String code, String field, String detail) {

    public Rejection {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(senderCode, "senderCode");
        Objects.requireNonNull(decompteId, "decompteId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(detail, "detail");
    }
}
