package fr.prestaflow.adjudication.claims;

import fr.prestaflow.adjudication.rules.Consumption;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.Side;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One adjudicated care line. A line of a reversal claim names the line it reversed ({@code reverses}) and carries the
 * amounts that line had; a line reversed later names the reversal claim ({@code reversedBy}). {@code consumption} is
 * what an accepted line of a claim that is no reversal consumed (§16): the history of the beneficiary's next claims,
 * as long as the line is not reversed.
 */
record AdjudicationLine(int lineNumber, LocalDate careDate, CareCategory careCategory, String actCode,
                        Optional<String> practitionerId, int quantity, Optional<Side> side, long baseCents,
                        Adjudication.Amounts amounts, long participationCents, long franchiseCents,
                        List<String> reasons, Optional<String> rejectionCode, Optional<Integer> planVersion,
                        String duplicateKey, Optional<LineRef> reverses, Optional<UUID> reversedBy,
                        Optional<Consumption> consumption) {

    AdjudicationLine {
        reasons = List.copyOf(reasons);
        if (consumption.isPresent() && (rejectionCode.isPresent() || reverses.isPresent())) {
            throw new IllegalArgumentException("line " + lineNumber + ": only an accepted line of a claim consumes");
        }
    }

    boolean paid() {
        return amounts.complementaryPaidCents() > 0;
    }

    /** A line of a claim. */
    record LineRef(UUID claimId, int lineNumber) {
    }
}
