package fr.prestaflow.adjudication.coverage;

import fr.prestaflow.adjudication.rules.Beneficiary;
import fr.prestaflow.adjudication.rules.ContractDates;
import fr.prestaflow.adjudication.rules.Exemption;
import fr.prestaflow.contracts.care.BeneficiaryRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A beneficiary of a contract, with what the rules need of both. {@code id} is the row the claims lock. */
public record InsuredBeneficiary(long id, String contractNumber, String planId, ContractDates contractDates, int rank,
                                 String nir, LocalDate birthDate, List<Exemption> exemptions) {

    public InsuredBeneficiary {
        Objects.requireNonNull(contractNumber, "contractNumber");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(contractDates, "contractDates");
        Objects.requireNonNull(nir, "nir");
        Objects.requireNonNull(birthDate, "birthDate");
        exemptions = List.copyOf(exemptions);
    }

    public Beneficiary forRules() {
        return new Beneficiary(birthDate, exemptions, Optional.empty());
    }

    /** The reference downstream services get: complete, whatever the claim carried. */
    public BeneficiaryRef ref() {
        return new BeneficiaryRef(contractNumber, nir, birthDate, rank);
    }
}
