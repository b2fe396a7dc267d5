package fr.prestaflow.teletransmission.files;

import fr.prestaflow.teletransmission.nlf.NlaStatus;

/**
 * Where an upload stands. RECEIVED (stored, waiting for a worker), PROCESSING, then the status of its acknowledgment
 * (NLF.md §7); FAILED when processing itself kept failing (not the file's fault: see {@code failure}).
 */
public enum FileStatus {
    RECEIVED, PROCESSING, ACCEPTED, PARTIALLY_ACCEPTED, REJECTED, FAILED;

    static FileStatus of(NlaStatus status) {
        return switch (status) {
            case ACCEPTED -> ACCEPTED;
            case PARTIALLY_ACCEPTED -> PARTIALLY_ACCEPTED;
            case REJECTED -> REJECTED;
        };
    }

    boolean acknowledged() {
        return this == ACCEPTED || this == PARTIALLY_ACCEPTED || this == REJECTED;
    }
}
