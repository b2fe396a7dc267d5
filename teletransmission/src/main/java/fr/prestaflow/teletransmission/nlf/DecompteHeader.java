package fr.prestaflow.teletransmission.nlf;

import fr.prestaflow.contracts.care.BeneficiaryRef;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A {@code 100} record that passed all its checks. {@code fileLineNumber} is the physical line in the file (or in the
 * message).
 */
public record DecompteHeader(String decompteId, long fileLineNumber, String contractNumber, String nir, String nirKey,
                             int beneficiaryRank, LocalDate birthDate, LocalDate amoPaymentDate,
                             long totalAmoPaidCents, int lineCount) {

    public DecompteHeader {
        Objects.requireNonNull(decompteId, "decompteId");
        Objects.requireNonNull(contractNumber, "contractNumber");
        Objects.requireNonNull(nir, "nir");
        Objects.requireNonNull(nirKey, "nirKey");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(amoPaymentDate, "amoPaymentDate");
    }

    /** NLF.md §10: the NIR is stored as its 15 characters, body and key. */
    public BeneficiaryRef beneficiary() {
        return new BeneficiaryRef(contractNumber, nir + nirKey, birthDate, beneficiaryRank);
    }
}
