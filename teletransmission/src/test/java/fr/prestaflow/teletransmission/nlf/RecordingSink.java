package fr.prestaflow.teletransmission.nlf;

import java.util.List;

/** Writes down every call it gets, one short string each. */
record RecordingSink(List<String> calls) implements DecompteSink {

    @Override
    public void fileStarted(NlfFileHeader header) {
        calls.add("fileStarted " + header.fileId());
    }

    @Override
    public void decompteOpened(DecompteHeader header) {
        calls.add("opened " + header.decompteId() + " line " + header.fileLineNumber());
    }

    @Override
    public void linePassed(PassedLine line) {
        calls.add("passed " + line.decompteId() + " line " + line.fileLineNumber() + (line.reversal() ? " reversal" : ""));
    }

    @Override
    public void lineRejected(RejectedLine line) {
        calls.add("rejected " + line.decompteId() + " line " + line.fileLineNumber() + " " + line.code().code());
    }

    @Override
    public void decompteDecided(DecompteDecision decision) {
        calls.add(switch (decision) {
            case DecompteDecision.Accepted accepted ->
                    "accepted " + accepted.decompteId() + " " + accepted.acceptedLines() + "/" + accepted.rejectedLines();
            case DecompteDecision.Rejected rejected ->
                    "rejected " + rejected.decompteId() + " " + rejected.code().code() + " line " + rejected.entryLineNumber();
            case DecompteDecision.NoLineAccepted none -> "no line accepted " + none.decompteId();
        });
    }

    @Override
    public void commit() {
        calls.add("commit");
    }

    @Override
    public void discard() {
        calls.add("discard");
    }
}
