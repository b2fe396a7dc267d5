package fr.prestaflow.intake.analysis;

import fr.prestaflow.intake.analysis.ExtractedText.ExtractionStatus;
import fr.prestaflow.intake.analysis.ExtractedText.TextSource;
import fr.prestaflow.intake.documents.DocumentType;
import fr.prestaflow.intake.documents.InspectedDocument;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Gets the text out of an accepted document: the PDF text layer when there is one, OCR for images and for scanned PDF
 * pages. Never throws for a document it cannot read: the returned status says what went wrong, so that the claim goes
 * to manual review instead of failing. Thread-safe.
 */
public final class TextExtractor {

    /** A page with fewer visible characters than this in its text layer is taken as a scan and OCRed. */
    static final int MIN_TEXT_LAYER_CHARACTERS = 20;
    /** 300 dpi is what tesseract is trained for. */
    static final int RENDER_DPI = 300;
    /** Keeps a huge page (A0 plan, poster) from becoming a gigapixel image. */
    private static final long MAX_RENDERED_PIXELS = 40_000_000L;

    private final TesseractOcr ocr;
    private final int maxOcrPages;

    /**
     * @param maxOcrPages how many pages of one PDF may be OCRed; an invoice has one or two, a 40-page scan is not an
     *                    invoice and would hold a worker for minutes
     */
    public TextExtractor(TesseractOcr ocr, int maxOcrPages) {
        this.ocr = Objects.requireNonNull(ocr, "ocr");
        if (maxOcrPages < 1) {
            throw new IllegalArgumentException("maxOcrPages must be at least 1");
        }
        this.maxOcrPages = maxOcrPages;
    }

    public TextExtractor(TesseractOcr ocr) {
        this(ocr, 10);
    }

    /** The document as accepted by {@code DocumentInspector}, with the same bytes. */
    public ExtractedText extract(InspectedDocument document, byte[] content) {
        return extract(document.type(), content);
    }

    public ExtractedText extract(DocumentType type, byte[] content) {
        return type == DocumentType.PDF ? extractPdf(content) : extractImage(type, content);
    }

    private ExtractedText extractImage(DocumentType type, byte[] content) {
        TesseractOcr.Availability availability = ocr.availability();
        if (!availability.available()) {
            return ExtractedText.failed(ExtractionStatus.OCR_UNAVAILABLE, availability.detail());
        }
        Path file = null;
        try {
            // tesseract reads the original bytes: re-encoding would lose quality and colour profiles (CMYK scans)
            file = Files.createTempFile("prestaflow-upload-", "." + type.extension());
            Files.write(file, content);
            String text = ocr.recognise(file, 0);
            return withText(text, TextSource.OCR, ExtractionStatus.COMPLETE, "OCR with " + availability.detail(), 1);
        } catch (IOException | RuntimeException e) {
            return ExtractedText.failed(ExtractionStatus.OCR_FAILED, "OCR failed: " + e.getMessage());
        } finally {
            deleteQuietly(file);
        }
    }

    private ExtractedText extractPdf(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            return readPages(document);
        } catch (IOException | RuntimeException e) {
            return ExtractedText.failed(ExtractionStatus.UNREADABLE, "The PDF could not be read: " + e.getMessage());
        }
    }

    private ExtractedText readPages(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true); // keeps a label and its amount on one line in table layouts
        PDFRenderer renderer = null;
        StringBuilder text = new StringBuilder();
        List<String> problems = new ArrayList<>();
        int pages = document.getNumberOfPages();
        int fromTextLayer = 0;
        int byOcr = 0;
        boolean ocrUnavailable = false;
        for (int page = 1; page <= pages; page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            String pageText = stripper.getText(document);
            if (visibleCharacters(pageText) >= MIN_TEXT_LAYER_CHARACTERS) {
                text.append(pageText).append('\n');
                fromTextLayer++;
                continue;
            }
            TesseractOcr.Availability availability = ocr.availability();
            if (!availability.available()) {
                ocrUnavailable = true;
                problems.add("page " + page + " has no text layer and " + availability.detail());
                continue;
            }
            if (byOcr >= maxOcrPages) {
                problems.add("page " + page + " not OCRed: at most " + maxOcrPages + " pages are");
                continue;
            }
            if (renderer == null) {
                renderer = new PDFRenderer(document);
            }
            try {
                text.append(ocrPage(document, renderer, page - 1)).append('\n');
                byOcr++;
            } catch (TesseractOcr.OcrFailed e) {
                problems.add("page " + page + ": OCR failed: " + e.getMessage());
            }
        }
        TextSource source = byOcr == 0 ? (fromTextLayer == 0 ? TextSource.NONE : TextSource.PDF_TEXT)
                : fromTextLayer == 0 ? TextSource.OCR : TextSource.PDF_TEXT_AND_OCR;
        int read = fromTextLayer + byOcr;
        if (problems.isEmpty()) {
            return withText(text.toString(), source, ExtractionStatus.COMPLETE,
                    read + " of " + pages + " page(s) read" + (byOcr > 0 ? ", " + byOcr + " by OCR" : ""), read);
        }
        ExtractionStatus status = read > 0 ? ExtractionStatus.PARTIAL
                : ocrUnavailable ? ExtractionStatus.OCR_UNAVAILABLE : ExtractionStatus.OCR_FAILED;
        return new ExtractedText(text.toString(), source, status, String.join("; ", problems), read);
    }

    private String ocrPage(PDDocument document, PDFRenderer renderer, int pageIndex) {
        PDRectangle box = document.getPage(pageIndex).getCropBox();
        float dpi = RENDER_DPI;
        double pixels = (box.getWidth() / 72.0 * dpi) * (box.getHeight() / 72.0 * dpi);
        if (pixels > MAX_RENDERED_PIXELS) {
            dpi = (float) (dpi * Math.sqrt(MAX_RENDERED_PIXELS / pixels));
        }
        Path file = null;
        try {
            BufferedImage image = renderer.renderImageWithDPI(pageIndex, dpi, ImageType.GRAY);
            file = Files.createTempFile("prestaflow-page-", ".png");
            ImageIO.write(image, "png", file.toFile());
            return ocr.recognise(file, Math.round(dpi));
        } catch (IOException | RuntimeException e) {
            if (e instanceof TesseractOcr.OcrFailed failed) {
                throw failed;
            }
            throw new TesseractOcr.OcrFailed("page " + (pageIndex + 1) + " could not be rendered: " + e.getMessage(), e);
        } finally {
            deleteQuietly(file);
        }
    }

    private static ExtractedText withText(String text, TextSource source, ExtractionStatus status, String detail,
                                          int pages) {
        if (visibleCharacters(text) == 0) {
            return new ExtractedText("", source, ExtractionStatus.NO_TEXT_FOUND, "no text found (" + detail + ")", pages);
        }
        return new ExtractedText(text, source, status, detail, pages);
    }

    static int visibleCharacters(String text) {
        return (int) text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c)).count();
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind is harmless
            }
        }
    }
}
