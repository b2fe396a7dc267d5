package fr.prestaflow.intake.analysis;

import java.util.List;
import java.util.UUID;

/**
 * What the analysis did with one document of a claim, for the reviewer and the member's upload page.
 *
 * @param handling    ANALYSED, or why the document was not read for care lines
 * @param extraction  how its text was obtained; null when it was not read
 * @param confidence  0..100 for an analysed document, null otherwise
 * @param fields      every candidate value read, with its confidence and evidence; null when not read
 */
public record DocumentReport(UUID documentId, int position, String file, String type, DocumentKind kind,
                             Handling handling, Extraction extraction, Integer confidence, boolean confident,
                             ExtractedFields fields, List<ReviewIssue> issues, List<String> notes,
                             List<AnalysedLine> proposedLines) {

    public enum Handling { ANALYSED, SUPPORTING_DOCUMENT, REPEATED_IN_CLAIM }

    public record Extraction(ExtractedText.ExtractionStatus status, ExtractedText.TextSource source, String detail,
                             int pagesRead) {

        static Extraction of(ExtractedText text) {
            return new Extraction(text.status(), text.source(), text.detail(), text.pagesRead());
        }
    }

    public DocumentReport {
        issues = List.copyOf(issues);
        notes = List.copyOf(notes);
        proposedLines = List.copyOf(proposedLines);
    }

    static DocumentReport analysed(DocumentToAnalyse document, ExtractedText text, InvoiceAnalysis analysis) {
        return new DocumentReport(document.documentId(), document.position(), document.fileName(),
                document.typeLabel(), analysis.kind(), Handling.ANALYSED, Extraction.of(text), analysis.confidence(),
                analysis.confident(), analysis.fields(), analysis.issues(), analysis.notes(), analysis.lines());
    }

    static DocumentReport notRead(DocumentToAnalyse document, Handling handling, String note) {
        return new DocumentReport(document.documentId(), document.position(), document.fileName(),
                document.typeLabel(), document.kind(), handling, null, null, false, null, List.of(), List.of(note),
                List.of());
    }
}
