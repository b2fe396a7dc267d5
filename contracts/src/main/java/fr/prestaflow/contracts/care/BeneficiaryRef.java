package fr.prestaflow.contracts.care;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Who a claim is for: the member's contract number and the beneficiary, known by NIR (15 characters with key) and birth
 * date, and by rank in the contract when the channel knows it.
 */
public record BeneficiaryRef(String contractNumber, String nir, LocalDate birthDate, Integer rank) {

    public BeneficiaryRef {
        Objects.requireNonNull(contractNumber, "contractNumber");
    }
}
