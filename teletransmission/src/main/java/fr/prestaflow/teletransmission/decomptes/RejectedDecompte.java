package fr.prestaflow.teletransmission.decomptes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A décompte ops have to look at. {@code rejectedBy}: {@code NLF} when the checks of its file (or message) rejected it,
 * with the NLF code, field and detail of the acknowledgment; {@code PIPELINE} when its claim was rejected downstream
 * (UNKNOWN_CONTRACT, ...), with the claim id, the rejection codes and reason. {@code fileId} is our upload id and
 * {@code nlfFileId} the sender's file id, both absent for the inbound topic.
 */
record RejectedDecompte(String rejectedBy, IngestChannel channel, UUID fileId, String nlfFileId, String sender,
                        String decompteId, long lineNumber, UUID claimId, String code, List<String> codes, String field,
                        String detail, Instant rejectedAt) {
}
