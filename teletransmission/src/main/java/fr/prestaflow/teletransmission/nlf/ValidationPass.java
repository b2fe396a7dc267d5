package fr.prestaflow.teletransmission.nlf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The single forward pass of NLF.md §5 over the physical lines of a file or of one message. It reports entries in
 * detection order, keeps only counters, and tells the sink what passed.
 */
final class ValidationPass {

    private final Framing framing;
    private final NlfRegistry registry;
    private final EntryLog log;
    private final Fields fields = new Fields();
    private final RecordReader reader = new RecordReader(fields);
    private final DecompteHeaderCheck decompteCheck;
    private final FileTotals totals = new FileTotals();
    private DecompteSink sink;
    private final DecompteSink target;

    private AckIdentity identity = AckIdentity.EMPTY;
    private String senderCode = "";
    private String headerFileId = "";
    private LocalDate createdOn = LocalDate.MIN;
    private boolean testFile;
    private Optional<KnownFile> knownFile = Optional.empty();
    private OpenDecompte open;
    private boolean trailerRead;
    private boolean stopped;
    private boolean fileError;
    private long decomptesAccepted;
    private long linesAccepted;
    private long errors;
    private long warnings;

    ValidationPass(Framing framing, NlfRegistry registry, EntryLog log, DecompteSink target) {
        this.framing = framing;
        this.registry = registry;
        this.log = log;
        this.target = target;
        this.decompteCheck = new DecompteHeaderCheck(registry);
        // A file is ingested only once its header is known valid and not a test; a message has no header.
        this.sink = DecompteSink.NONE;
        if (framing instanceof Framing.Message message) {
            senderCode = message.senderCode();
            createdOn = message.asOf();
            sink = target;
        }
    }

    /** Reads the whole input: lines while processing goes on, then the rest for its SHA-256 only. */
    void consume(LineReader lines) throws IOException {
        if (lines.skipBom()) {
            report(1, null, "", Finding.of(NlfCode.W001, ""));
        }
        while (!stopped) {
            int length = lines.next();
            if (length == LineReader.END) {
                break;
            }
            if (length == LineReader.TOO_LONG) {
                report(lines.lineNumber(), null, "", Finding.of(NlfCode.E003, ""));
            } else {
                line(lines.lineNumber(), lines.buffer(), length);
            }
        }
        lines.drain();
        end();
    }

    private void line(long number, byte[] bytes, int length) {
        if (!Utf8.isValid(bytes, length)) {
            report(number, null, "", Finding.of(NlfCode.E002, ""));
            return;
        }
        if (length == 0) {
            report(number, null, "", Finding.of(NlfCode.W002, ""));
            return;
        }
        fields.split(new String(bytes, 0, length, StandardCharsets.UTF_8));
        Optional<RecordType> recognised = RecordType.of(fields.text(1)).filter(framing::knows);
        if (recognised.isEmpty()) {
            report(number, null, "", Finding.of(NlfCode.E001, "recordType"));
            return;
        }
        RecordType type = recognised.get();
        Optional<NlfCode> structural = structuralError(type);
        if (structural.isPresent()) {
            report(number, type, "", Finding.of(structural.get(), ""));
            return;
        }
        totals.count(type);
        switch (type) {
            case FILE_HEADER -> fileHeader(number);
            case DECOMPTE -> decompte(number);
            case CARE_LINE -> careLine(number);
            case TRAILER -> trailer(number);
        }
    }

    /** NLF.md §5 step 5, in this order. */
    private Optional<NlfCode> structuralError(RecordType type) {
        if (trailerRead) {
            return Optional.of(NlfCode.E008);
        }
        if (totals.records() == 0 && type != framing.headerType()) {
            return Optional.of(NlfCode.E005);
        }
        if (type == framing.headerType() && totals.records() > 0) {
            return Optional.of(NlfCode.E006);
        }
        if (type == RecordType.CARE_LINE && totals.decomptes() == 0) {
            return Optional.of(NlfCode.E012);
        }
        return Optional.empty();
    }

    private void fileHeader(long number) {
        identity = AckIdentity.echo(fields);
        var check = new FileHeaderCheck(((Framing.File) framing).receiverCode());
        try {
            FileKey key = check.identify(reader);
            Optional<PriorFile> prior = registry.priorFile(key);
            if (prior.isPresent()) {
                // Same key again: a replay or NLF-E010, which only the SHA-256 of the whole input can tell.
                knownFile = Optional.of(new KnownFile(prior.get(), number));
                stopped = true;
                return;
            }
            NlfFileHeader header = check.complete(reader, key);
            senderCode = header.senderCode();
            headerFileId = header.fileId();
            createdOn = header.createdAt().toLocalDate();
            testFile = header.testFile();
            if (testFile) {
                report(number, RecordType.FILE_HEADER, "", Finding.of(NlfCode.W007, "testFlag"));
            } else {
                sink = target;
                sink.fileStarted(header);
            }
        } catch (RecordRejected rejected) {
            report(number, RecordType.FILE_HEADER, "", rejected.finding());
        }
    }

    private void decompte(long number) {
        closeOpenDecompte();
        var decompte = new OpenDecompte(number, fields.has(2, Syntax.DECOMPTE_ID) ? fields.text(2) : "");
        open = decompte;
        try {
            DecompteHeader header = decompteCheck.check(reader, number, senderCode, createdOn);
            decompte.opened(header);
            DecompteHeaderCheck.warning(header)
                    .ifPresent(warning -> report(number, RecordType.DECOMPTE, decompte.decompteId(), warning));
            sink.decompteOpened(header);
        } catch (RecordRejected rejected) {
            fail(decompte, number, RecordType.DECOMPTE, rejected.finding());
        }
    }

    private void careLine(long number) {
        totals.addCareLineAmounts(fields);
        OpenDecompte decompte = open;
        long position = decompte.countLine();
        if (decompte.failed()) {
            return;
        }
        DecompteHeader header = decompte.header().orElseThrow();
        CheckedCareLine line;
        try {
            line = CareLineCheck.checkFields(reader, header, position);
        } catch (RecordRejected rejected) {
            fail(decompte, number, RecordType.CARE_LINE, rejected.finding());
            return;
        }
        Optional<Finding> lineError = CareLineCheck.lineRule(line, header);
        if (lineError.isPresent()) {
            report(number, RecordType.CARE_LINE, decompte.decompteId(), lineError.get());
            decompte.lineRejected(line.amoPaidCents());
            sink.lineRejected(new RejectedLine(header.decompteId(), number, line.lineNumber(), lineError.get().code()));
            return;
        }
        for (Finding warning : CareLineCheck.warnings(line, header)) {
            report(number, RecordType.CARE_LINE, decompte.decompteId(), warning);
        }
        decompte.linePassed(line.amoPaidCents());
        sink.linePassed(new PassedLine(header.decompteId(), number, line.toCareLine(), line.regularisation()));
    }

    private void trailer(long number) {
        closeOpenDecompte();
        trailerRead = true;
        try {
            TrailerCheck.check(reader, headerFileId, totals);
        } catch (RecordRejected rejected) {
            report(number, RecordType.TRAILER, "", rejected.finding());
            return;
        }
        if (totals.decomptes() == 0) {
            report(number, RecordType.TRAILER, "", Finding.of(NlfCode.W004, ""));
        }
    }

    /** Closing errors carry the line of the {@code 100} record but are listed where they are detected. */
    private void closeOpenDecompte() {
        OpenDecompte decompte = open;
        if (decompte == null) {
            return;
        }
        open = null;
        if (!decompte.failed()) {
            decompte.closingMismatch().ifPresent(
                    mismatch -> fail(decompte, decompte.lineNumber(), RecordType.DECOMPTE, mismatch));
        }
        if (decompte.header().isPresent()) {
            DecompteDecision decision = decompte.decision();
            if (decision instanceof DecompteDecision.Accepted accepted) {
                decomptesAccepted++;
                linesAccepted += accepted.acceptedLines();
            }
            sink.decompteDecided(decision);
        }
    }

    private void fail(OpenDecompte decompte, long number, RecordType type, Finding finding) {
        report(number, type, decompte.decompteId(), finding);
        decompte.fail(finding.code(), number);
    }

    private void end() {
        if (stopped) {
            return;
        }
        if (totals.records() == 0) {
            report(0, null, "", Finding.of(NlfCode.E004, ""));
        } else if (framing instanceof Framing.Message) {
            closeOpenDecompte();
        } else if (!trailerRead) {
            report(0, null, "", Finding.of(NlfCode.E007, ""));
        }
    }

    /** {@code type} null for the entries whose recordType column is empty. */
    private void report(long number, RecordType type, String decompteId, Finding finding) {
        Severity severity = finding.code().severityOn(type);
        log.append(new NlaEntry(number, type == null ? "" : type.code(), decompteId, finding.code(), severity,
                finding.field(), finding.detail()));
        if (severity == Severity.WARNING) {
            warnings++;
        } else {
            errors++;
        }
        if (severity == Severity.FILE) {
            // Nothing after a FILE error is checked; entries already reported stay.
            stopped = true;
            fileError = true;
        }
    }

    Optional<KnownFile> knownFile() {
        return knownFile;
    }

    /** Whether the sink may commit: no FILE error, not a test file, not an upload already known. */
    boolean ingestible() {
        return !fileError && !testFile && knownFile.isEmpty();
    }

    AckIdentity identity() {
        return identity;
    }

    NlaStatus status() {
        long decomptesRead = totals.decomptes();
        if (fileError || decomptesRead > 0 && decomptesAccepted() == 0) {
            return NlaStatus.REJECTED;
        }
        if (decomptesAccepted() < decomptesRead || linesAccepted() < totals.careLines()) {
            return NlaStatus.PARTIALLY_ACCEPTED;
        }
        return NlaStatus.ACCEPTED;
    }

    NlfResult result(String sha256) {
        return new NlfResult(identity.senderCode(), identity.receiverCode(), identity.fileId(), sha256, status(),
                totals.decomptes(), decomptesAccepted(), totals.careLines(), linesAccepted(), errors, warnings,
                NlfResult.Disposition.PROCESSED, testFile);
    }

    /** What is ingested: nothing after a FILE error. */
    private long decomptesAccepted() {
        return fileError ? 0 : decomptesAccepted;
    }

    private long linesAccepted() {
        return fileError ? 0 : linesAccepted;
    }

    /** The upload reuses the key of an earlier file; {@code lineNumber} is the line of its {@code 000} record. */
    record KnownFile(PriorFile prior, long lineNumber) {
    }
}
