package fr.prestaflow.teletransmission.nlf;

import java.util.Objects;

/** What became of a décompte whose {@code 100} record was valid, told when it is closed (NLF.md §5). */
public sealed interface DecompteDecision {

    String decompteId();

    /** No DECOMPTE error and at least one passed line: its passed lines are ingested (if the file is committed). */
    record Accepted(String decompteId, long acceptedLines, long rejectedLines) implements DecompteDecision {

        public Accepted {
            Objects.requireNonNull(decompteId, "decompteId");
        }
    }

    /** A DECOMPTE error, e.g. NLF-E034 at closing or NLF-E036 on one of its lines: none of its lines is ingested. */
    record Rejected(String decompteId, NlfCode code, long entryLineNumber) implements DecompteDecision {

        public Rejected {
            Objects.requireNonNull(decompteId, "decompteId");
            Objects.requireNonNull(code, "code");
        }
    }

    /** Every line was rejected at LINE level: the décompte is rejected without an entry of its own. */
    record NoLineAccepted(String decompteId, long rejectedLines) implements DecompteDecision {

        public NoLineAccepted {
            Objects.requireNonNull(decompteId, "decompteId");
        }
    }
}
