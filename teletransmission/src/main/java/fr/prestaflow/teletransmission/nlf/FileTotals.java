package fr.prestaflow.teletransmission.nlf;

/**
 * The trailer's counts and control sums, which cover every record of the file whatever happened to its décompte
 * (NLF.md §3.4).
 */
final class FileTotals {

    private long records;
    private long decomptes;
    private long careLines;
    private final ControlTotal billed = new ControlTotal();
    private final ControlTotal base = new ControlTotal();
    private final ControlTotal amoPaid = new ControlTotal();
    private boolean sumsComparable = true;

    void count(RecordType type) {
        records++;
        if (type == RecordType.DECOMPTE) {
            decomptes++;
        } else if (type == RecordType.CARE_LINE) {
            careLines++;
        }
    }

    /** Adds fields 10, 11 and 13 of a {@code 200} record, checked or not. */
    void addCareLineAmounts(Fields fields) {
        if (!sumsComparable) {
            return;
        }
        if (fields.count() != RecordType.CARE_LINE.fieldCount()) {
            sumsComparable = false;
            return;
        }
        String line = fields.line();
        long billedCents = Syntax.amount(line, fields.start(10), fields.end(10));
        long baseCents = Syntax.amount(line, fields.start(11), fields.end(11));
        long amoPaidCents = Syntax.amount(line, fields.start(13), fields.end(13));
        if (billedCents == Syntax.INVALID || baseCents == Syntax.INVALID || amoPaidCents == Syntax.INVALID) {
            sumsComparable = false;
            return;
        }
        billed.add(billedCents);
        base.add(baseCents);
        amoPaid.add(amoPaidCents);
    }

    long records() {
        return records;
    }

    long decomptes() {
        return decomptes;
    }

    long careLines() {
        return careLines;
    }

    ControlTotal billed() {
        return billed;
    }

    ControlTotal base() {
        return base;
    }

    ControlTotal amoPaid() {
        return amoPaid;
    }

    boolean sumsComparable() {
        return sumsComparable;
    }
}
