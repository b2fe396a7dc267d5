package fr.prestaflow.intake.analysis;

import fr.prestaflow.contracts.care.Basket;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.care.Side;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** A care line being assembled, field by field, each with its confidence. Mutable, local to one analysis. */
final class LineDraft {

    LocalDate careDate;
    CareCategory category;
    /** The category comes only from the document type the member chose: a member hint cannot confirm it. */
    boolean categoryFromKindOnly;
    String actCode = "";
    String practitionerId;
    long billedCents;
    boolean billedFound;
    long baseCents;
    int amoRatePercent;
    Long amoPaidCents;
    Long participationCents;
    Long franchiseCents;
    Basket basket;
    Side side;
    final Map<Field, Integer> confidence = new EnumMap<>(Field.class);
    final String evidence;

    LineDraft(String evidence) {
        this.evidence = evidence;
    }

    int confidenceOf(Field field) {
        return confidence.getOrDefault(field, 0);
    }

    void set(Field field, int value) {
        confidence.put(field, Math.max(0, Math.min(100, value)));
    }

    boolean complete() {
        return careDate != null && category != null && billedFound;
    }

    AnalysedLine toLine(int lineNumber) {
        CareLine line = new CareLine(lineNumber, careDate, category, actCode, practitionerId, null, 1, billedCents,
                baseCents, amoRatePercent, amoPaidCents, participationCents, franchiseCents, basket, side);
        return new AnalysedLine(line, confidence);
    }
}
