package fr.prestaflow.teletransmission.decomptes;

import fr.prestaflow.teletransmission.nlf.AcceptedDecompte;
import fr.prestaflow.teletransmission.nlf.DecompteStage;
import fr.prestaflow.teletransmission.nlf.NlfFileHeader;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Stages the accepted décomptes of one file (or message) in the caller's transaction, a JDBC batch at a time, so that
 * memory holds at most one batch whatever the size of the file. NLF.md §8 all or nothing: the caller commits the
 * transaction only when the file has no FILE error, and rolls it back (to a savepoint) on {@link #discard()}.
 */
public final class DecompteBatch implements DecompteStage {

    private final DecompteWriter writer;
    private final int batchSize;
    private Origin origin;
    private final List<DecompteWriter.Pending> pending = new ArrayList<>();
    private long claimsCreated;
    private long decomptesWritten;
    private boolean committed;

    DecompteBatch(DecompteWriter writer, Origin origin, int batchSize) {
        this.writer = writer;
        this.origin = origin;
        this.batchSize = batchSize;
    }

    @Override
    public void fileStarted(NlfFileHeader header) {
        origin = origin.withHeader(header);
    }

    @Override
    public void stage(AcceptedDecompte decompte) {
        add(decompte);
    }

    /** Stages one décompte and returns the ids of its claims (one, or two when it mixes regularisation lines). */
    public List<UUID> add(AcceptedDecompte decompte) {
        DecompteWriter.Pending prepared = writer.prepare(origin, decompte);
        pending.add(prepared);
        claimsCreated += prepared.claims().size();
        if (pending.size() >= batchSize) {
            flush();
        }
        return prepared.claimIds();
    }

    /** Writes what is pending; the rows stay uncommitted until the caller's transaction commits. */
    public void flush() {
        writer.write(pending);
        decomptesWritten += pending.size();
        pending.clear();
    }

    @Override
    public void commit() {
        flush();
        committed = true;
    }

    @Override
    public void discard() {
        pending.clear();
        committed = false;
    }

    /** Whether the processor ended the file with {@code commit()}: the caller may commit its transaction. */
    public boolean committed() {
        return committed;
    }

    public long claimsCreated() {
        return committed ? claimsCreated : 0;
    }

    public long decomptesWritten() {
        return decomptesWritten;
    }
}
