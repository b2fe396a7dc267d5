package fr.prestaflow.teletransmission.nlf;

/**
 * The first failing check of a record: "the first failing check is the only error reported for that record" (NLF.md §5),
 * so a check stops at the first failure by throwing this. No stack trace: it is control flow on bad input.
 */
final class RecordRejected extends RuntimeException {

    private final transient Finding finding;

    RecordRejected(Finding finding) {
        super(finding.code().code(), null, false, false);
        this.finding = finding;
    }

    static RecordRejected of(NlfCode code, String field) {
        return new RecordRejected(Finding.of(code, field));
    }

    Finding finding() {
        return finding;
    }
}
