package fr.prestaflow.teletransmission.nlf;

/** The closed list of NLF 1.0 error and warning codes with their exact NLA message (NLF.md §6). */
public enum NlfCode {
    E001(Severity.FILE, "Unknown record type"),
    E002(Severity.FILE, "Invalid UTF-8 byte sequence"),
    E003(Severity.FILE, "Line longer than 4096 bytes"),
    E004(Severity.FILE, "File contains no record"),
    E005(Severity.FILE, "First record is not a file header"),
    E006(Severity.FILE, "Second file header"),
    E007(Severity.FILE, "Missing trailer"),
    E008(Severity.FILE, "Record after trailer"),
    E009(Severity.FILE, "Unsupported format version"),
    E010(Severity.FILE, "File id already used with a different content"),
    E011(Severity.FILE, "File not addressed to this receiver"),
    E012(Severity.FILE, "Care line outside a decompte"),
    E020(null, "Wrong field count"),
    E021(null, "Mandatory field empty"),
    E022(null, "Invalid integer"),
    E023(null, "Invalid date"),
    E024(null, "Invalid timestamp"),
    E025(null, "Invalid format"),
    E026(null, "Invalid code value"),
    E027(null, "Value out of range"),
    E030(Severity.DECOMPTE, "Invalid NIR format"),
    E031(Severity.DECOMPTE, "NIR key mismatch"),
    E032(Severity.DECOMPTE, "Duplicate decompte id in file"),
    E033(Severity.DECOMPTE, "Decompte already ingested"),
    E034(Severity.DECOMPTE, "Line count mismatch"),
    E035(Severity.DECOMPTE, "AMO total mismatch"),
    E036(Severity.DECOMPTE, "Care line references another decompte"),
    E037(Severity.DECOMPTE, "Line number out of sequence"),
    E038(Severity.DECOMPTE, "Birth date after AMO payment date"),
    E039(Severity.DECOMPTE, "AMO payment date after file creation date"),
    E040(Severity.DECOMPTE, "Negative amount on a non-regularisation line"),
    E041(Severity.DECOMPTE, "Regularisation line amounts not negative"),
    E050(Severity.LINE, "Unknown care category"),
    E051(Severity.LINE, "AMO paid exceeds base"),
    E052(Severity.LINE, "Care date after AMO payment date"),
    E053(Severity.LINE, "Care date before birth date"),
    E054(Severity.LINE, "Basket inconsistent with care category"),
    E055(Severity.LINE, "Side inconsistent with care category"),
    E060(Severity.FILE, "Trailer file id differs from header"),
    E061(Severity.FILE, "Trailer record count mismatch"),
    E062(Severity.FILE, "Trailer control total mismatch"),
    W001(Severity.WARNING, "Byte order mark ignored"),
    W002(Severity.WARNING, "Blank line ignored"),
    W003(Severity.WARNING, "AMO paid differs from base x rate - participation - franchise"),
    W004(Severity.WARNING, "File contains no decompte"),
    W005(Severity.WARNING, "NIR birth year or month differs from birth date"),
    W006(Severity.WARNING, "Care date more than two years before AMO payment date"),
    W007(Severity.WARNING, "Test file, nothing ingested");

    /** Null for the generic field codes E020–E027, whose severity depends on the record. */
    private final Severity fixedSeverity;
    private final String message;

    NlfCode(Severity fixedSeverity, String message) {
        this.fixedSeverity = fixedSeverity;
        this.message = message;
    }

    /** As written in the NLA, e.g. {@code NLF-E031}. */
    public String code() {
        return "NLF-" + name();
    }

    public String message() {
        return message;
    }

    /** E020–E027 are FILE on {@code 000} and {@code 999} records, DECOMPTE on {@code 100} and {@code 200} records. */
    Severity severityOn(RecordType recordType) {
        if (fixedSeverity != null) {
            return fixedSeverity;
        }
        return recordType == RecordType.DECOMPTE || recordType == RecordType.CARE_LINE ? Severity.DECOMPTE : Severity.FILE;
    }
}
