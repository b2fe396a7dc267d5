package fr.prestaflow.teletransmission.nlf;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link DecompteSink} that buffers the lines of the open décompte (at most its lineCount, 9999) and hands each
 * accepted décompte whole to a {@link DecompteStage}; rejected décomptes are dropped. One décompte in memory at a time.
 */
public final class DecompteAssembler implements DecompteSink {

    private final DecompteStage stage;
    private DecompteHeader header;
    private final List<PassedLine> passed = new ArrayList<>();
    private final List<RejectedLine> rejected = new ArrayList<>();

    public DecompteAssembler(DecompteStage stage) {
        this.stage = stage;
    }

    @Override
    public void fileStarted(NlfFileHeader fileHeader) {
        stage.fileStarted(fileHeader);
    }

    @Override
    public void decompteOpened(DecompteHeader opened) {
        header = opened;
        passed.clear();
        rejected.clear();
    }

    @Override
    public void linePassed(PassedLine line) {
        // Lines past the declared count mean NLF-E034 at closing: no need to keep them.
        if (hasRoom()) {
            passed.add(line);
        }
    }

    @Override
    public void lineRejected(RejectedLine line) {
        if (hasRoom()) {
            rejected.add(line);
        }
    }

    private boolean hasRoom() {
        return passed.size() + rejected.size() < header.lineCount();
    }

    @Override
    public void decompteDecided(DecompteDecision decision) {
        if (decision instanceof DecompteDecision.Accepted) {
            stage.stage(new AcceptedDecompte(header, passed, rejected));
        }
        passed.clear();
        rejected.clear();
        header = null;
    }

    @Override
    public void commit() {
        stage.commit();
    }

    @Override
    public void discard() {
        stage.discard();
    }
}
