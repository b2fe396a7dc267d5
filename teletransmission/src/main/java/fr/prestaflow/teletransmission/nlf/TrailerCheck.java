package fr.prestaflow.teletransmission.nlf;

/**
 * The {@code 999} record (NLF.md §3.4): the eight fields are first all checked for syntax, in field order; only then
 * are the values compared: fileId, then the counts, then the sums.
 */
final class TrailerCheck {

    private TrailerCheck() {
    }

    static void check(RecordReader reader, String headerFileId, FileTotals totals) {
        reader.expectFieldCount(RecordType.TRAILER.fieldCount());
        String fileId = reader.mandatory(2, "fileId");
        long count100 = reader.uint(3, "count100");
        long count200 = reader.uint(4, "count200");
        long recordCount = reader.uint(5, "recordCount");
        long sumBilled = reader.total(6, "sumBilledCents");
        long sumBase = reader.total(7, "sumBaseCents");
        long sumAmoPaid = reader.total(8, "sumAmoPaidCents");
        if (!fileId.equals(headerFileId)) {
            throw RecordRejected.of(NlfCode.E060, "fileId");
        }
        compareCount("count100", count100, totals.decomptes());
        compareCount("count200", count200, totals.careLines());
        compareCount("recordCount", recordCount, totals.records());
        // A 200 record with a wrong field count or a bad amount has its own error; its amounts are unknown.
        if (totals.sumsComparable()) {
            compareSum("sumBilledCents", sumBilled, totals.billed());
            compareSum("sumBaseCents", sumBase, totals.base());
            compareSum("sumAmoPaidCents", sumAmoPaid, totals.amoPaid());
        }
    }

    private static void compareCount(String field, long declared, long counted) {
        if (declared != counted) {
            throw new RecordRejected(Finding.mismatch(NlfCode.E061, field, "declared", declared, "counted", counted));
        }
    }

    private static void compareSum(String field, long declared, ControlTotal computed) {
        if (!computed.is(declared)) {
            throw new RecordRejected(Finding.mismatch(NlfCode.E062, field, "declared", declared, "computed", computed));
        }
    }
}
