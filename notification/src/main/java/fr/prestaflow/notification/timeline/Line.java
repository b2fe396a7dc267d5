package fr.prestaflow.notification.timeline;

import fr.prestaflow.contracts.money.Money;
import fr.prestaflow.notification.wording.Explanation;
import java.time.LocalDate;
import java.util.List;

/** One care line with its amounts (null until adjudicated) and the reasons, in French. */
public record Line(int lineNumber, LocalDate careDate, String careType, String careTypeLabel, String actCode, Money billed,
                   Money amo, Money mutuelle, Money patientShare, List<Explanation> explanations, Explanation rejection) {
}
