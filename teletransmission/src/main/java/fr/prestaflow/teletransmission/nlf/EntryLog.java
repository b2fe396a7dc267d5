package fr.prestaflow.teletransmission.nlf;

/** Where NLA entries go as they are detected: a spool for files, a list for a single message. */
@FunctionalInterface
interface EntryLog {

    void append(NlaEntry entry);
}
