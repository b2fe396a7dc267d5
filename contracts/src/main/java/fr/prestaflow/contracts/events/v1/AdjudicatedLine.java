package fr.prestaflow.contracts.events.v1;

import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.money.Money;
import java.time.LocalDate;
import java.util.List;

/** One care line with what the AMO, the mutuelle and the member each bear, and why. */
public record AdjudicatedLine(int lineNumber, LocalDate careDate, CareCategory careCategory, String actCode,
                              Money billed, Money amoPaid, Money complementaryPaid, Money patientShare,
                              List<String> reasons, String rejectionCode) {

    public AdjudicatedLine {
        reasons = List.copyOf(reasons);
    }

    public boolean rejected() {
        return rejectionCode != null;
    }
}
