package fr.prestaflow.teletransmission.nlf;

import fr.prestaflow.contracts.identity.Nir;
import java.time.LocalDate;
import java.util.Optional;

/** The {@code 100} record (NLF.md §3.2): fields in order, then the record rules, then its warning. */
final class DecompteHeaderCheck {

    private final NlfRegistry registry;
    private final DecompteIdSet seen = new DecompteIdSet();

    DecompteHeaderCheck(NlfRegistry registry) {
        this.registry = registry;
    }

    DecompteHeader check(RecordReader reader, long lineNumber, String senderCode, LocalDate createdOn) {
        reader.expectFieldCount(RecordType.DECOMPTE.fieldCount());
        String decompteId = reader.matching(2, "decompteId", Syntax.DECOMPTE_ID);
        // Seen as soon as it matches its grammar, whatever later fields of its record do.
        if (!seen.add(decompteId)) {
            throw RecordRejected.of(NlfCode.E032, "decompteId");
        }
        if (registry.decompteIngested(senderCode, decompteId)) {
            throw RecordRejected.of(NlfCode.E033, "decompteId");
        }
        String contractNumber = reader.matching(3, "contractNumber", Syntax.CONTRACT_NUMBER);
        String nir = reader.matching(4, "nir", Syntax.NIR, NlfCode.E030);
        String nirKey = reader.matching(5, "nirKey", Syntax.NIR_KEY, NlfCode.E030);
        String expectedKey = Nir.keyOf(nir);
        if (!nirKey.equals(expectedKey)) {
            throw new RecordRejected(new Finding(NlfCode.E031, "nirKey", "expected=" + expectedKey));
        }
        int beneficiaryRank = reader.uint(6, "beneficiaryRank", 1, 99);
        LocalDate birthDate = reader.date(7, "birthDate");
        LocalDate amoPaymentDate = reader.date(8, "amoPaymentDate");
        long totalAmoPaidCents = reader.amount(9, "totalAmoPaidCents");
        int lineCount = reader.uint(10, "lineCount", 1, 9999);
        if (birthDate.isAfter(amoPaymentDate)) {
            throw RecordRejected.of(NlfCode.E038, "birthDate");
        }
        if (amoPaymentDate.isAfter(createdOn)) {
            throw RecordRejected.of(NlfCode.E039, "amoPaymentDate");
        }
        return new DecompteHeader(decompteId, lineNumber, contractNumber, nir, nirKey, beneficiaryRank, birthDate,
                amoPaymentDate, totalAmoPaidCents, lineCount);
    }

    /**
     * NLF-W005: NIR characters 2-3 against the birth year; characters 4-5 against the birth month only when they are a
     * month, since 20-99 are legal for an unknown birth month.
     */
    static Optional<Finding> warning(DecompteHeader header) {
        String nir = header.nir();
        int year = Integer.parseInt(nir.substring(1, 3));
        int month = Integer.parseInt(nir.substring(3, 5));
        boolean yearDiffers = year != header.birthDate().getYear() % 100;
        boolean monthDiffers = month >= 1 && month <= 12 && month != header.birthDate().getMonthValue();
        return yearDiffers || monthDiffers ? Optional.of(Finding.of(NlfCode.W005, "nir")) : Optional.empty();
    }
}
