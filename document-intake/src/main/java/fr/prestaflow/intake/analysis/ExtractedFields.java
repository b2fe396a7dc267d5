package fr.prestaflow.intake.analysis;

import fr.prestaflow.contracts.care.CareCategory;
import java.time.LocalDate;
import java.util.List;

/**
 * Every candidate value the analysis read, whether or not it made it into a care line: what an ops reviewer sees next
 * to the document. Amounts are euro cents.
 */
public record ExtractedFields(
        List<Found<LocalDate>> careDates,
        List<Found<CareCategory>> careCategories,
        List<Found<Long>> billedAmounts,
        List<Found<Long>> baseAmounts,
        List<Found<Integer>> amoRates,
        List<Found<Long>> amoPaidAmounts,
        List<Found<Long>> participations,
        List<Found<Long>> franchises,
        List<Found<String>> practitionerIds,
        List<Found<String>> actCodes) {

    public ExtractedFields {
        careDates = List.copyOf(careDates);
        careCategories = List.copyOf(careCategories);
        billedAmounts = List.copyOf(billedAmounts);
        baseAmounts = List.copyOf(baseAmounts);
        amoRates = List.copyOf(amoRates);
        amoPaidAmounts = List.copyOf(amoPaidAmounts);
        participations = List.copyOf(participations);
        franchises = List.copyOf(franchises);
        practitionerIds = List.copyOf(practitionerIds);
        actCodes = List.copyOf(actCodes);
    }
}
