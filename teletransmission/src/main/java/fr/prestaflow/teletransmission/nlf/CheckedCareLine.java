package fr.prestaflow.teletransmission.nlf;

import fr.prestaflow.contracts.care.Basket;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.care.Side;
import java.time.LocalDate;
import java.util.Optional;

/** The values of a {@code 200} record whose fields and amount signs are valid; the category may still be unknown. */
record CheckedCareLine(int lineNumber, LocalDate careDate, String careCategory, String actCode, String practitionerId,
                       boolean practitionerOptam, int quantity, long billedCents, long baseCents, int amoRatePercent,
                       long amoPaidCents, long participationCents, long franchiseCents, Optional<Basket> basket,
                       Optional<Side> side, boolean regularisation) {

    /** Only for a line that passed the LINE rules (known category). Regularisation amounts become absolute. */
    CareLine toCareLine() {
        return new CareLine(lineNumber, careDate, CareCategory.valueOf(careCategory), actCode, practitionerId,
                practitionerOptam, quantity, Math.abs(billedCents), Math.abs(baseCents), amoRatePercent,
                Math.abs(amoPaidCents), Math.abs(participationCents), Math.abs(franchiseCents), basket.orElse(null),
                side.orElse(null));
    }
}
