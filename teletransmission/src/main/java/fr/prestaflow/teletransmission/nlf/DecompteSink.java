package fr.prestaflow.teletransmission.nlf;

/**
 * Receives what a file brings, as it is read, so that a caller can stage it (NLF.md §8: ingestion is all or nothing per
 * file). For each décompte whose {@code 100} record is valid: {@link #decompteOpened}, then for each of its care lines
 * that is checked {@link #linePassed} or {@link #lineRejected}, then one {@link #decompteDecided}. At the very end
 * exactly one of {@link #commit} (no FILE error: the trailer was validated) or {@link #discard} (FILE error, test file,
 * replayed or conflicting upload, or an exception while reading); after a FILE error the open décompte, if any, gets no
 * decision. Décomptes whose {@code 100} record has an error are never opened here: the acknowledgment lists them.
 *
 * <p>Lines of a décompte that is rejected later (a DECOMPTE error on a later line or at closing) have already been
 * passed: the sink drops what it staged for that décompte on {@link DecompteDecision.Rejected} or
 * {@link DecompteDecision.NoLineAccepted}. {@link DecompteAssembler} does that in memory for one décompte at a time.
 */
public interface DecompteSink {

    /** Ingests nothing. */
    DecompteSink NONE = new DecompteSink() {
    };

    /** The {@code 000} record is valid and the file is not a test file. */
    default void fileStarted(NlfFileHeader header) {
    }

    default void decompteOpened(DecompteHeader header) {
    }

    default void linePassed(PassedLine line) {
    }

    default void lineRejected(RejectedLine line) {
    }

    default void decompteDecided(DecompteDecision decision) {
    }

    default void commit() {
    }

    default void discard() {
    }
}
