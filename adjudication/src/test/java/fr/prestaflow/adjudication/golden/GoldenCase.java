package fr.prestaflow.adjudication.golden;

import fr.prestaflow.adjudication.rules.ClaimInput;
import fr.prestaflow.adjudication.rules.Totals;
import java.util.List;

/** A golden case: a claim in context and the exact adjudication expected for it. */
record GoldenCase(String id, String title, ClaimInput input, List<ExpectedLine> expectedLines, Totals expectedTotals) {

    /** Reasons and rejection code as the case file spells them. */
    record ExpectedLine(int lineNumber, long amoPaidCents, long complementaryPaidCents, long patientShareCents,
                        List<String> reasons, String rejectionCode) {
    }
}
