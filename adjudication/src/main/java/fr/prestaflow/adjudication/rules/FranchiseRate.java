package fr.prestaflow.adjudication.rules;

import fr.prestaflow.contracts.care.CareCategory;
import java.util.Optional;
import java.util.OptionalLong;

/** Franchise médicale per unit and its daily cap per professional, by category (§4.2). */
record FranchiseRate(long unitCents, OptionalLong dailyCapCents) {

    static Optional<FranchiseRate> of(CareCategory category) {
        return switch (category) {
            case PHARMACY_65, PHARMACY_30, PHARMACY_15 -> Optional.of(new FranchiseRate(100, OptionalLong.empty()));
            case PARAMEDICAL -> Optional.of(new FranchiseRate(100, OptionalLong.of(400)));
            case TRANSPORT -> Optional.of(new FranchiseRate(400, OptionalLong.of(800)));
            default -> Optional.empty();
        };
    }
}
