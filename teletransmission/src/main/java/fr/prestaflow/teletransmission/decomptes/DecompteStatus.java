package fr.prestaflow.teletransmission.decomptes;

/** Filter of the ops list of décomptes; only rejected ones are listed for now. */
enum DecompteStatus {
    REJECTED
}
