package fr.prestaflow.teletransmission.decomptes;

/** How a décompte reached us: in an uploaded NLF file, or as one message of the inbound integrator topic. */
public enum IngestChannel {
    FILE, TOPIC
}
