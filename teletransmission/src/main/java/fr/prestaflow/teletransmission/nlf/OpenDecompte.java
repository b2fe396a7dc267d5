package fr.prestaflow.teletransmission.nlf;

import java.util.Optional;

/** Per décompte, only its header values and running counters, never its lines (NLF.md §9). */
final class OpenDecompte {

    private final long lineNumber;
    private final String decompteId;
    private Optional<DecompteHeader> header = Optional.empty();
    private Optional<NlfCode> failure = Optional.empty();
    private long failureLine;
    private long linesSeen;
    private long linesPassed;
    private long linesRejected;
    private final ControlTotal amoPaid = new ControlTotal();

    /** {@code decompteId}: field 2 of the {@code 100} record if it matches the id grammar, else empty. */
    OpenDecompte(long lineNumber, String decompteId) {
        this.lineNumber = lineNumber;
        this.decompteId = decompteId;
    }

    long lineNumber() {
        return lineNumber;
    }

    String decompteId() {
        return decompteId;
    }

    Optional<DecompteHeader> header() {
        return header;
    }

    void opened(DecompteHeader valid) {
        header = Optional.of(valid);
    }

    /** A DECOMPTE error: its remaining {@code 200} records are counted but not checked. */
    boolean failed() {
        return failure.isPresent() || header.isEmpty();
    }

    void fail(NlfCode code, long entryLine) {
        failure = Optional.of(code);
        failureLine = entryLine;
    }

    /** Counts a {@code 200} record and returns its rank in the décompte, from 1. */
    long countLine() {
        return ++linesSeen;
    }

    void linePassed(long amoPaidCents) {
        linesPassed++;
        amoPaid.add(amoPaidCents);
    }

    /** A line rejected at LINE level has fully valid fields: its amount counts in the décompte sum. */
    void lineRejected(long amoPaidCents) {
        linesRejected++;
        amoPaid.add(amoPaidCents);
    }

    /** NLF.md §5 closing: line count first, then the AMO total; the first mismatch only. */
    Optional<Finding> closingMismatch() {
        DecompteHeader valid = header.orElseThrow();
        if (valid.lineCount() != linesSeen) {
            return Optional.of(Finding.mismatch(NlfCode.E034, "lineCount", "declared", valid.lineCount(), "found",
                    linesSeen));
        }
        if (!amoPaid.is(valid.totalAmoPaidCents())) {
            return Optional.of(Finding.mismatch(NlfCode.E035, "totalAmoPaidCents", "declared",
                    valid.totalAmoPaidCents(), "computed", amoPaid));
        }
        return Optional.empty();
    }

    DecompteDecision decision() {
        if (failure.isPresent()) {
            return new DecompteDecision.Rejected(decompteId, failure.get(), failureLine);
        }
        if (linesPassed == 0) {
            return new DecompteDecision.NoLineAccepted(decompteId, linesRejected);
        }
        return new DecompteDecision.Accepted(decompteId, linesPassed, linesRejected);
    }
}
