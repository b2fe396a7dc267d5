package fr.prestaflow.adjudication.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The contract's coverage window (end inclusive) and the membership start used by the loyalty bonus (§7, §17). */
public record ContractDates(LocalDate startDate, Optional<LocalDate> endDate, Optional<LocalDate> membershipStartDate) {

    public ContractDates {
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(membershipStartDate, "membershipStartDate");
        endDate.ifPresent(end -> {
            if (end.isBefore(startDate)) {
                throw new IllegalArgumentException("endDate " + end + " is before startDate " + startDate);
            }
        });
    }

    public static ContractDates from(LocalDate startDate) {
        return new ContractDates(startDate, Optional.empty(), Optional.empty());
    }

    public ContractDates endingOn(LocalDate end) {
        return new ContractDates(startDate, Optional.of(end), membershipStartDate);
    }

    public ContractDates memberSince(LocalDate membershipStart) {
        return new ContractDates(startDate, endDate, Optional.of(membershipStart));
    }

    public LocalDate membershipStart() {
        return membershipStartDate.orElse(startDate);
    }
}
