package fr.prestaflow.teletransmission.nlf;

import fr.prestaflow.contracts.care.CareLine;
import java.util.Objects;

/**
 * A {@code 200} record that passed every check. It is ingested if its décompte is accepted in the end. A
 * regularisation line ({@code R}) comes with the absolute values of its amounts and {@code reversal} set (NLF.md §3.3).
 */
public record PassedLine(String decompteId, long fileLineNumber, CareLine careLine, boolean reversal) {

    public PassedLine {
        Objects.requireNonNull(decompteId, "decompteId");
        Objects.requireNonNull(careLine, "careLine");
    }
}
