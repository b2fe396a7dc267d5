package fr.prestaflow.intake.analysis;

import fr.prestaflow.contracts.care.CareLine;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A care line proposed from the document, with a confidence (0..100) per field. A field the document did not show
 * (AMO paid on an invoice, practitioner id) has confidence 0 and the line carries the neutral value (null or 0).
 */
public record AnalysedLine(CareLine careLine, Map<Field, Integer> confidence) {

    public AnalysedLine {
        Objects.requireNonNull(careLine, "careLine");
        EnumMap<Field, Integer> copy = new EnumMap<>(Field.class);
        copy.putAll(confidence);
        confidence = Collections.unmodifiableMap(copy);
    }

    public int confidenceOf(Field field) {
        return confidence.getOrDefault(field, 0);
    }
}
