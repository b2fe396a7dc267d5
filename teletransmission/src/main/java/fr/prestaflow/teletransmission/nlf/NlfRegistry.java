package fr.prestaflow.teletransmission.nlf;

import java.util.Optional;

/**
 * What earlier files left behind, for the stateful checks of NLF.md §8: NLF-E010 (file id reused with another content,
 * or a replay of the same file) and NLF-E033 (décompte id already ingested from an earlier file of the sender).
 * Recording a processed file and its décomptes is the caller's job, once it has committed them.
 */
public interface NlfRegistry {

    /** Knows no earlier file: the reference behaviour of the conformance samples. */
    NlfRegistry NONE = new NlfRegistry() {
    };

    default Optional<PriorFile> priorFile(FileKey key) {
        return Optional.empty();
    }

    default boolean decompteIngested(String senderCode, String decompteId) {
        return false;
    }
}
