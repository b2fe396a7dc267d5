package fr.prestaflow.adjudication.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The person the claim is for, as far as the rules need them. */
public record Beneficiary(LocalDate birthDate, List<Exemption> exemptions,
                          Optional<AmoWithheldYearToDate> amoWithheldYearToDate) {

    public Beneficiary {
        Objects.requireNonNull(birthDate, "birthDate");
        exemptions = List.copyOf(exemptions);
        Objects.requireNonNull(amoWithheldYearToDate, "amoWithheldYearToDate");
    }

    public static Beneficiary bornOn(LocalDate birthDate) {
        return new Beneficiary(birthDate, List.of(), Optional.empty());
    }

    public Beneficiary withExemptions(Exemption... more) {
        return new Beneficiary(birthDate, List.of(more), amoWithheldYearToDate);
    }

    public Beneficiary withAmoWithheld(AmoWithheldYearToDate withheld) {
        return new Beneficiary(birthDate, exemptions, Optional.of(withheld));
    }

    /**
     * Full years between the birth date and {@code date} (§2). {@link ChronoUnit#YEARS} counts a birthday of
     * 29 February as reached on 1 March in non-leap years, as the rules require.
     */
    public int ageOn(LocalDate date) {
        return (int) ChronoUnit.YEARS.between(birthDate, date);
    }

    public boolean hasExemptionOn(ExemptionType type, LocalDate date) {
        return exemptions.stream().anyMatch(exemption -> exemption.type() == type && exemption.covers(date));
    }

    public long participationWithheldIn(int year) {
        return amoWithheldYearToDate.filter(withheld -> withheld.year() == year)
                .map(AmoWithheldYearToDate::participationCents).orElse(0L);
    }

    public long franchiseWithheldIn(int year) {
        return amoWithheldYearToDate.filter(withheld -> withheld.year() == year)
                .map(AmoWithheldYearToDate::franchiseCents).orElse(0L);
    }
}
