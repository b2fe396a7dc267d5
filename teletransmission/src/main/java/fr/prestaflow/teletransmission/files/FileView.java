package fr.prestaflow.teletransmission.files;

import fr.prestaflow.teletransmission.nlf.NlfResult;
import java.time.Instant;
import java.util.UUID;

/**
 * An upload as ops see it. {@code sender}, {@code fileId}, {@code testFile} and {@code counts} are known once it is
 * processed. {@code disposition}: PROCESSED, REPLAYED (same sender, fileId and SHA-256 as {@code priorFileId}: its
 * acknowledgment was returned byte for byte and nothing was ingested) or CONFLICT (same key, other content: NLF-E010).
 */
record FileView(UUID id, FileStatus status, NlfResult.Disposition disposition, UUID priorFileId, String sender,
                String fileId, String sha256, long sizeBytes, Boolean testFile, Instant receivedAt, Instant processedAt,
                int attempts, String failure, Counts counts, Pipeline pipeline) {

    /** The values of the NLA header. */
    record Counts(long decomptesRead, long decomptesAccepted, long decomptesRejected, long linesRead, long linesAccepted,
                  long linesRejected, long errors, long warnings) {
    }

    /** What became of the accepted décomptes: claims created, and claims rejected later downstream. */
    record Pipeline(long claimsCreated, long claimsRejected) {
    }
}
