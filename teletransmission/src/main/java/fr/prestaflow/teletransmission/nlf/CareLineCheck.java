package fr.prestaflow.teletransmission.nlf;

import fr.prestaflow.contracts.care.Basket;
import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code 200} record (NLF.md §3.3): first everything of DECOMPTE severity (field count, fields, amount signs), then
 * the LINE rules, then the warnings.
 */
final class CareLineCheck {

    private static final String[] AMOUNT_FIELDS =
            {"billedCents", "baseCents", "amoPaidCents", "participationCents", "franchiseCents"};

    private CareLineCheck() {
    }

    /** DECOMPTE-severity checks; {@code position} is the rank of this record in its décompte, from 1. */
    static CheckedCareLine checkFields(RecordReader reader, DecompteHeader header, long position) {
        reader.expectFieldCount(RecordType.CARE_LINE.fieldCount());
        String decompteId = reader.mandatory(2, "decompteId");
        if (!decompteId.equals(header.decompteId())) {
            throw RecordRejected.of(NlfCode.E036, "decompteId");
        }
        long lineNumber = reader.uint(3, "lineNumber");
        if (lineNumber != position) {
            throw new RecordRejected(new Finding(NlfCode.E037, "lineNumber", "expected=" + position));
        }
        var line = new CheckedCareLine((int) lineNumber,
                reader.date(4, "careDate"),
                reader.matching(5, "careCategory", Syntax.CARE_CATEGORY),
                reader.matching(6, "actCode", Syntax.ACT_CODE),
                reader.matching(7, "practitionerId", Syntax.PRACTITIONER_ID),
                reader.bool(8, "practitionerOptam"),
                reader.uint(9, "quantity", 1, Integer.MAX_VALUE),
                reader.amount(10, "billedCents"),
                reader.amount(11, "baseCents"),
                reader.uint(12, "amoRatePercent", 0, 100),
                reader.amount(13, "amoPaidCents"),
                reader.amount(14, "participationCents"),
                reader.amount(15, "franchiseCents"),
                reader.optional(16, "basket", Basket.class),
                reader.optional(17, "side", Side.class),
                reader.flag(18, "regularisation", "R"));
        checkSigns(line);
        return line;
    }

    private static void checkSigns(CheckedCareLine line) {
        long[] amounts = {line.billedCents(), line.baseCents(), line.amoPaidCents(), line.participationCents(),
                line.franchiseCents()};
        for (int i = 0; i < amounts.length; i++) {
            if (line.regularisation() ? amounts[i] > 0 : amounts[i] < 0) {
                throw RecordRejected.of(line.regularisation() ? NlfCode.E041 : NlfCode.E040, AMOUNT_FIELDS[i]);
            }
        }
        // A regularisation reverses a payment: it must take something back.
        if (line.regularisation() && line.amoPaidCents() == 0) {
            throw RecordRejected.of(NlfCode.E041, "amoPaidCents");
        }
    }

    /** The first failing LINE rule, in the order of NLF.md §3.3. */
    static Optional<Finding> lineRule(CheckedCareLine line, DecompteHeader header) {
        if (!CareCategory.isKnown(line.careCategory())) {
            return Optional.of(Finding.of(NlfCode.E050, "careCategory"));
        }
        if (Math.abs(line.amoPaidCents()) > Math.abs(line.baseCents())) {
            return Optional.of(Finding.of(NlfCode.E051, "amoPaidCents"));
        }
        if (line.careDate().isAfter(header.amoPaymentDate())) {
            return Optional.of(Finding.of(NlfCode.E052, "careDate"));
        }
        if (line.careDate().isBefore(header.birthDate())) {
            return Optional.of(Finding.of(NlfCode.E053, "careDate"));
        }
        CareCategory category = CareCategory.valueOf(line.careCategory());
        if (line.basket().isPresent() != category.hasBasket()) {
            return Optional.of(Finding.of(NlfCode.E054, "basket"));
        }
        if (line.side().isPresent() != category.hasSide()) {
            return Optional.of(Finding.of(NlfCode.E055, "side"));
        }
        return Optional.empty();
    }

    /** Warnings of a line without error, in the order of NLF.md §3.3. */
    static List<Finding> warnings(CheckedCareLine line, DecompteHeader header) {
        List<Finding> warnings = new ArrayList<>(2);
        if (!line.regularisation()) {
            long expected = expectedAmoPaid(line);
            if (line.amoPaidCents() != expected) {
                warnings.add(new Finding(NlfCode.W003, "amoPaidCents", "expected=" + expected));
            }
        }
        // minusYears maps 29 February to 28 February, as the rule says.
        if (line.careDate().isBefore(header.amoPaymentDate().minusYears(2))) {
            warnings.add(Finding.of(NlfCode.W006, "careDate"));
        }
        return warnings;
    }

    /** max(0, ⌊(base × rate + 50) / 100⌋ − participation − franchise): rate applied half up to the cent. */
    static long expectedAmoPaid(CheckedCareLine line) {
        long reimbursed = (line.baseCents() * line.amoRatePercent() + 50) / 100;
        return Math.max(0, reimbursed - line.participationCents() - line.franchiseCents());
    }
}
