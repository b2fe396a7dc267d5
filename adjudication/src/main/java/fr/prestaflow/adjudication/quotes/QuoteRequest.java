package fr.prestaflow.adjudication.quotes;

import fr.prestaflow.contracts.care.Basket;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.care.Side;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A quote: care lines as CARE_LINE.md describes them, without the AMO amounts (the quote computes them), for one
 * beneficiary of a contract, named by rank or NIR. {@code amoWithheldYearToDate}: what the AMO already withheld this
 * year, which the yearly caps of participation and franchise count (REIMBURSEMENT_RULES.md §4).
 */
record QuoteRequest(
        @NotBlank @Size(max = 50) String contractNumber,
        @Positive Integer beneficiaryRank,
        @Size(min = 15, max = 15) String nir,
        Boolean visionChangeJustified,
        @Valid AmoWithheld amoWithheldYearToDate,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid Line> lines) {

    @AssertTrue(message = "name the beneficiary by beneficiaryRank or nir")
    boolean isBeneficiaryNamed() {
        return beneficiaryRank != null || nir != null;
    }

    @AssertTrue(message = "line numbers are unique")
    boolean isLineNumbersUnique() {
        return lines == null || lines.stream().filter(line -> line != null && line.lineNumber() != null)
                .map(Line::lineNumber).distinct().count() == lines.size();
    }

    record Line(@NotNull @Positive Integer lineNumber, @NotNull LocalDate careDate, @NotNull CareCategory careCategory,
                @NotBlank @Size(max = 40) String actCode, @Size(max = 20) String practitionerId,
                Boolean practitionerOptam, @NotNull @Positive Integer quantity, @NotNull @PositiveOrZero Long billedCents,
                @NotNull @PositiveOrZero Long baseCents, @NotNull @Min(0) @Max(100) Integer amoRatePercent,
                Basket basket, Side side) {

        CareLine toCareLine() {
            return new CareLine(lineNumber, careDate, careCategory, actCode, practitionerId, practitionerOptam, quantity,
                    billedCents, baseCents, amoRatePercent, null, null, null, basket, side);
        }
    }

    /** Absent amounts read as 0. */
    record AmoWithheld(@NotNull @Min(2000) @Max(2100) Integer year, @PositiveOrZero Long participationCents,
                       @PositiveOrZero Long franchiseCents) {
    }

    /** Absent reads as false (REIMBURSEMENT_RULES.md §2). */
    boolean visionChange() {
        return Boolean.TRUE.equals(visionChangeJustified);
    }
}
