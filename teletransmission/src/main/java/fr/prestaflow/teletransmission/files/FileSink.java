package fr.prestaflow.teletransmission.files;

import fr.prestaflow.teletransmission.decomptes.DecompteBatch;
import fr.prestaflow.teletransmission.decomptes.IngestChannel;
import fr.prestaflow.teletransmission.decomptes.Rejection;
import fr.prestaflow.teletransmission.decomptes.Rejections;
import fr.prestaflow.teletransmission.nlf.DecompteAssembler;
import fr.prestaflow.teletransmission.nlf.DecompteDecision;
import fr.prestaflow.teletransmission.nlf.DecompteHeader;
import fr.prestaflow.teletransmission.nlf.DecompteSink;
import fr.prestaflow.teletransmission.nlf.NlfFileHeader;
import fr.prestaflow.teletransmission.nlf.PassedLine;
import fr.prestaflow.teletransmission.nlf.RejectedLine;
import java.util.UUID;

/**
 * Feeds accepted décomptes to the batch through a {@link DecompteAssembler}, and records the décomptes whose every line
 * was rejected at LINE level: those have no DECOMPTE entry of their own in the acknowledgment, so the first rejected
 * line's code stands for them.
 */
final class FileSink implements DecompteSink {

    private final UUID upload;
    private final DecompteAssembler assembler;
    private final Rejections.Batch rejections;
    private String senderCode = "";
    private RejectedLine firstRejected;

    FileSink(UUID upload, DecompteBatch batch, Rejections.Batch rejections) {
        this.upload = upload;
        this.assembler = new DecompteAssembler(batch);
        this.rejections = rejections;
    }

    @Override
    public void fileStarted(NlfFileHeader header) {
        senderCode = header.senderCode();
        assembler.fileStarted(header);
    }

    @Override
    public void decompteOpened(DecompteHeader header) {
        firstRejected = null;
        assembler.decompteOpened(header);
    }

    @Override
    public void linePassed(PassedLine line) {
        assembler.linePassed(line);
    }

    @Override
    public void lineRejected(RejectedLine line) {
        if (firstRejected == null) {
            firstRejected = line;
        }
        assembler.lineRejected(line);
    }

    @Override
    public void decompteDecided(DecompteDecision decision) {
        if (decision instanceof DecompteDecision.NoLineAccepted none && firstRejected != null) {
            rejections.add(new Rejection(IngestChannel.FILE, upload, senderCode, none.decompteId(),
                    firstRejected.fileLineNumber(), firstRejected.code().code(), "", "no line accepted"));
        }
        assembler.decompteDecided(decision);
    }

    @Override
    public void commit() {
        assembler.commit();
    }

    @Override
    public void discard() {
        assembler.discard();
    }

    /** The sender once the header was read; the acknowledgment's entries carry no sender. */
    String senderCode() {
        return senderCode;
    }
}
