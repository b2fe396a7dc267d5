package fr.prestaflow.teletransmission.nlf;

/** Status of an acknowledged file or message (NLF.md §7). */
public enum NlaStatus {
    ACCEPTED, PARTIALLY_ACCEPTED, REJECTED
}
