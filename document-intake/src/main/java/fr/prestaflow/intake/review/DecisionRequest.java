package fr.prestaflow.intake.review;

import java.util.List;

/**
 * A reviewer's decision as sent: {@code COMPLETE} with the care lines, or {@code REJECT} with a reason code. Fields are
 * loosely typed on purpose, so that {@link Decisions} can report every wrong value with its line, instead of the
 * first one JSON binding would stumble on.
 */
record DecisionRequest(String action, List<LineInput> lines, String reasonCode, String comment,
                       Boolean visionChangeJustified) {

    DecisionRequest {
        lines = lines == null ? List.of() : lines;
    }

    /** A care line as CARE_LINE.md describes it; amounts in euro cents. */
    record LineInput(Integer lineNumber, String careDate, String careCategory, String actCode, String practitionerId,
                     Boolean practitionerOptam, Integer quantity, Long billedCents, Long baseCents,
                     Integer amoRatePercent, Long amoPaidCents, Long participationCents, Long franchiseCents,
                     String basket, String side) {
    }
}
