package fr.prestaflow.teletransmission.nlf;

/** Where {@link DecompteAssembler} puts whole accepted décomptes until the file is committed or discarded. */
public interface DecompteStage {

    default void fileStarted(NlfFileHeader header) {
    }

    void stage(AcceptedDecompte decompte);

    default void commit() {
    }

    default void discard() {
    }
}
