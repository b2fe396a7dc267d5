package fr.prestaflow.adjudication.coverage;

import fr.prestaflow.adjudication.rules.ExemptionType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract as ops PUT it and as GET returns it (the shape of local-stack's demo-data.json). {@code contractNumber} may
 * be left out of the body; when given it must be the one of the URL. {@code endDate} is inclusive; {@code
 * membershipStartDate} defaults to {@code startDate} (loyalty bonus, REIMBURSEMENT_RULES.md §17).
 */
public record ContractDocument(
        @Size(max = 50) String contractNumber,
        @NotBlank @Size(max = 50) String planId,
        @NotNull LocalDate startDate,
        LocalDate endDate,
        LocalDate membershipStartDate,
        @NotNull @Valid Member member,
        @NotEmpty List<@NotNull @Valid Insured> beneficiaries) {

    public record Member(@NotBlank @Size(max = 200) String name, @Email @Size(max = 320) String email,
                         @Size(max = 40) String phone) {
    }

    /** {@code nir}: 15 characters, key included, checked against its key. */
    public record Insured(@NotNull @Positive Integer rank, @NotBlank String nir, @NotNull LocalDate birthDate,
                          @Size(max = 100) String firstName, List<@NotNull @Valid ExemptionPeriod> exemptions) {

        public Insured {
            exemptions = exemptions == null ? List.of() : List.copyOf(exemptions);
        }
    }

    /** Bounds inclusive; an absent bound is open (REIMBURSEMENT_RULES.md §2). */
    public record ExemptionPeriod(@NotNull ExemptionType type, LocalDate from, LocalDate to) {
    }
}
