package fr.prestaflow.adjudication.quotes;

import fr.prestaflow.contracts.money.Money;
import java.util.List;

/** The estimate: per line what the AMO, the mutuelle and the member would each bear, and why. Nothing is consumed. */
record QuoteView(String contractNumber, int beneficiaryRank, String planId, int planVersion, List<Line> lines,
                 Totals totals) {

    record Line(int lineNumber, Money billed, Money amoPaid, Money complementaryPaid, Money patientShare,
                List<String> reasons, String rejectionCode) {
    }

    record Totals(Money billed, Money amoPaid, Money complementaryPaid, Money patientShare) {
    }
}
