package fr.prestaflow.teletransmission.nlf;

/** How much of the file an NLA entry rejects (NLF.md §6). */
public enum Severity {
    /** The whole file is rejected, nothing ingested. */
    FILE,
    /** The décompte (its {@code 100} and all its {@code 200}) is rejected. */
    DECOMPTE,
    /** The care line is rejected, the rest of its décompte is ingested. */
    LINE,
    /** Reported only. */
    WARNING
}
