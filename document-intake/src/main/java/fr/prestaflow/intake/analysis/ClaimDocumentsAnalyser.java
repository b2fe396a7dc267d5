package fr.prestaflow.intake.analysis;

import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.intake.analysis.DocumentReport.Handling;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Analyses every document of a claim and puts the results together. Each invoice is read on its own
 * ({@link TextExtractor}, then {@link InvoiceAnalyser} with the document type the member chose); the member's
 * declarations go to the invoice they describe. Prescriptions and repeated files are kept but not read for care
 * lines. Pure Java, thread-safe.
 */
public final class ClaimDocumentsAnalyser {

    private final TextExtractor extractor;
    private final InvoiceAnalyser analyser;

    public ClaimDocumentsAnalyser(TextExtractor extractor, InvoiceAnalyser analyser) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.analyser = Objects.requireNonNull(analyser, "analyser");
    }

    public ClaimAnalysis analyse(List<DocumentToAnalyse> documents, List<MemberHint> hints) {
        List<DocumentReport> reports = new ArrayList<>();
        List<String> claimIssues = new ArrayList<>();
        List<Invoice> invoices = new ArrayList<>();
        for (DocumentToAnalyse document : documents) {
            if (document.repeatedInClaim()) {
                reports.add(DocumentReport.notRead(document, Handling.REPEATED_IN_CLAIM,
                        "Same file as an earlier document of this claim: read once"));
                continue;
            }
            if (document.supporting()) {
                // one prescription rightly backs several claims (glasses, then lenses): only invoices sent twice matter
                reports.add(DocumentReport.notRead(document, Handling.SUPPORTING_DOCUMENT,
                        "Supporting document (" + document.typeLabel() + "): not read for care lines"));
                continue;
            }
            if (document.firstSentInClaim() != null) {
                claimIssues.add(document.displayName() + " was already sent with claim " + document.firstSentInClaim());
            }
            invoices.add(new Invoice(document, extractor.extract(document.type(), document.content())));
        }
        if (invoices.isEmpty()) {
            claimIssues.add("no invoice among the documents of the claim");
        }
        Map<Invoice, List<MemberHint>> declared = assignHints(invoices, hints == null ? List.of() : hints, claimIssues);

        List<CareLine> lines = new ArrayList<>();
        List<String> documentReasons = new ArrayList<>();
        boolean everyInvoiceConfident = true;
        int confidence = invoices.isEmpty() ? 0 : 100;
        for (Invoice invoice : invoices) {
            InvoiceAnalysis analysis = analyser.analyse(invoice.text(), invoice.document().kind(),
                    declared.getOrDefault(invoice, List.of()));
            analysis.careLines().forEach(line -> lines.add(renumbered(line, lines.size() + 1)));
            confidence = Math.min(confidence, analysis.confidence());
            if (!analysis.confident()) {
                everyInvoiceConfident = false;
                documentReasons.add(invoice.document().displayName() + ": " + analysis.reviewReason());
            }
            reports.add(DocumentReport.analysed(invoice.document(), invoice.text(), analysis));
        }
        reports.sort(Comparator.comparingInt(DocumentReport::position));

        boolean confident = everyInvoiceConfident && claimIssues.isEmpty() && !lines.isEmpty();
        if (!claimIssues.isEmpty()) {
            confidence = Math.min(confidence, InvoiceAnalysis.REVIEW_CAP);
        }
        List<String> reasons = new ArrayList<>(claimIssues);
        reasons.addAll(documentReasons);
        String reason = confident ? "" : reasons.isEmpty()
                ? "Analysis confidence " + confidence + " is below " + InvoiceAnalysis.CONFIDENT_THRESHOLD
                : String.join("; ", reasons);
        return new ClaimAnalysis(confident, confidence, lines, reason, claimIssues, reports);
    }

    /**
     * With one invoice, every declaration is about it. With several, each declaration goes to the invoice whose lines
     * agree with it most (date, care type, amount, or the invoice total), found by a first reading without
     * declarations; a declaration no invoice agrees with is an issue for the reviewer.
     */
    private Map<Invoice, List<MemberHint>> assignHints(List<Invoice> invoices, List<MemberHint> hints,
                                                       List<String> claimIssues) {
        Map<Invoice, List<MemberHint>> declared = new IdentityHashMap<>();
        if (invoices.isEmpty() || hints.isEmpty()) {
            return declared;
        }
        if (invoices.size() == 1) {
            declared.put(invoices.getFirst(), List.copyOf(hints));
            return declared;
        }
        Map<Invoice, List<CareLine>> firstReading = new IdentityHashMap<>();
        for (Invoice invoice : invoices) {
            firstReading.put(invoice, analyser.analyse(invoice.text(), invoice.document().kind(), List.of()).careLines());
        }
        for (MemberHint hint : hints) {
            Invoice best = null;
            int bestScore = 0;
            for (Invoice invoice : invoices) {
                int score = agreement(hint, firstReading.get(invoice));
                if (score > bestScore) {
                    best = invoice;
                    bestScore = score;
                }
            }
            if (best == null) {
                claimIssues.add("the member declared " + InvoiceAnalyser.describe(hint) + " and no document matches it");
            } else {
                declared.computeIfAbsent(best, invoice -> new ArrayList<>()).add(hint);
            }
        }
        return declared;
    }

    private static int agreement(MemberHint hint, List<CareLine> lines) {
        int best = 0;
        for (CareLine line : lines) {
            int score = 0;
            score += hint.careDate() != null && hint.careDate().equals(line.careDate()) ? 1 : 0;
            score += hint.careCategory() != null && hint.careCategory() == line.careCategory() ? 1 : 0;
            score += hint.paidCents() != null && hint.paidCents() == line.billedCents() ? 1 : 0;
            best = Math.max(best, score);
        }
        long total = lines.stream().mapToLong(CareLine::billedCents).sum();
        if (lines.size() > 1 && hint.paidCents() != null && hint.paidCents() == total) {
            best = Math.max(best, 1);
        }
        return best;
    }

    static CareLine renumbered(CareLine line, int lineNumber) {
        return new CareLine(lineNumber, line.careDate(), line.careCategory(), line.actCode(), line.practitionerId(),
                line.practitionerOptam(), line.quantity(), line.billedCents(), line.baseCents(), line.amoRatePercent(),
                line.amoPaidCents(), line.participationCents(), line.franchiseCents(), line.basket(), line.side());
    }

    /** Kept in identity maps: two invoices of a claim may have equal text. */
    private record Invoice(DocumentToAnalyse document, ExtractedText text) {
    }
}
