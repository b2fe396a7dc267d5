package fr.prestaflow.teletransmission.nlf;

import fr.prestaflow.contracts.care.CareLine;
import java.util.List;
import java.util.Objects;

/**
 * An accepted décompte with its passed lines, which make one claim (NLF.md §10), and its lines rejected at LINE
 * level, which go to manual handling with their code.
 */
public record AcceptedDecompte(DecompteHeader header, List<PassedLine> lines, List<RejectedLine> rejectedLines) {

    public AcceptedDecompte {
        Objects.requireNonNull(header, "header");
        lines = List.copyOf(lines);
        rejectedLines = List.copyOf(rejectedLines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("An accepted decompte has at least one line");
        }
    }

    public List<CareLine> careLines() {
        return lines.stream().map(PassedLine::careLine).toList();
    }

    /** Regularisation lines reverse earlier AMO payments: their claim is marked as a reversal. */
    public boolean hasReversal() {
        return lines.stream().anyMatch(PassedLine::reversal);
    }
}
