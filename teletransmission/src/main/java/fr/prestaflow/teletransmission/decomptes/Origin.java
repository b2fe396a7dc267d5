package fr.prestaflow.teletransmission.decomptes;

import fr.prestaflow.teletransmission.nlf.NlfFileHeader;
import java.util.Objects;
import java.util.UUID;

/**
 * Where the décomptes of one ingestion come from. {@code nlfFile} is our upload id (files only); {@code senderCode} and
 * {@code fileId} come from the file header, or from the {@code nlf-sender} header of an inbound message.
 */
public record Origin(IngestChannel channel, UUID nlfFile, String senderCode, String fileId) {

    public Origin {
        Objects.requireNonNull(channel, "channel");
    }

    /** A file whose header is not read yet. */
    public static Origin file(UUID nlfFile) {
        return new Origin(IngestChannel.FILE, Objects.requireNonNull(nlfFile, "nlfFile"), null, null);
    }

    public static Origin topic(String senderCode) {
        return new Origin(IngestChannel.TOPIC, null, Objects.requireNonNull(senderCode, "senderCode"), null);
    }

    public Origin withHeader(NlfFileHeader header) {
        return new Origin(channel, nlfFile, header.senderCode(), header.fileId());
    }

    /**
     * The {@code source} of the claim events: {@code noemie:<sender>/<fileId>/<decompteId>} for a file,
     * {@code noemie:<sender>/<decompteId>} for an inbound message (two segments: no file).
     */
    public String source(String decompteId) {
        if (senderCode == null) {
            throw new IllegalStateException("The sender is not known before the file header");
        }
        return channel == IngestChannel.FILE
                ? "noemie:" + senderCode + '/' + fileId + '/' + decompteId
                : "noemie:" + senderCode + '/' + decompteId;
    }
}
