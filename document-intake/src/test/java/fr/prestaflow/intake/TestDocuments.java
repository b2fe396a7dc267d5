package fr.prestaflow.intake;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Real documents for tests, generated on the fly: PDFs made with PDFBox (text layer or scanned image), images drawn with
 * Java2D, and the malformed uploads members send. Every builder returns fresh bytes; the invoice contents are
 * constants so that assertions can name the values printed. Usable from any test of the module, HTTP tests included.
 */
public final class TestDocuments {

    /** "Today" for analyses of these documents: all care dates below are in June 2025. */
    public static final LocalDate TODAY = LocalDate.of(2025, 7, 1);

    /** A dental prosthesis invoice: one crown, table with honoraires and base, total, RPPS. */
    public static final List<String> DENTAL_INVOICE = List.of(
            "Dr Claire Martin - Chirurgien-dentiste",
            "12 rue des Lilas, 69003 Lyon - Tél. 04 78 12 34 56",
            "N° RPPS : 10101234567",
            "Facture n° 2025-0612",
            "Date : 13/06/2025",
            "Patient : Jean Dupont, né le 04/03/1980",
            "Date des soins : 12/06/2025",
            "Acte | Code | Honoraires | Base de remboursement",
            "Couronne céramo-métallique dent 36 | HBLD634 | 650,00 € | 120,00 €",
            "Panier : tarifs maîtrisés",
            "Total honoraires : 650,00 €",
            "Montant payé : 650,00 €");
    public static final LocalDate DENTAL_CARE_DATE = LocalDate.of(2025, 6, 12);
    public static final long DENTAL_BILLED_CENTS = 65_000;

    /** An optics invoice: frame and two lenses, each with its price and base, and a total that adds up. */
    public static final List<String> OPTICS_INVOICE = List.of(
            "Optique du Parc - Opticien",
            "N° FINESS : 690012345",
            "Facture n° OP-7781 du 20/06/2025",
            "Date de délivrance : 20/06/2025",
            "Ordonnance du 02/05/2025 - Dr Paul Leroy",
            "Désignation | | Prix | Base SS",
            "Monture Ray-Ban RB5154 | | 120,00 € | 0,05 €",
            "Verre unifocal OD (LPP 2203240) | | 95,00 € | 0,05 €",
            "Verre unifocal OG (LPP 2203240) | | 95,00 € | 0,05 €",
            "Total TTC | | 310,00 €",
            "Classe B - tarifs libres");
    public static final LocalDate OPTICS_CARE_DATE = LocalDate.of(2025, 6, 20);

    /** A Sécurité sociale décompte: one GP consultation, with base, rate, amount paid by the AMO, participation. */
    public static final List<String> SOCIAL_SECURITY_STATEMENT = List.of(
            "Assurance Maladie - CPAM du Rhône",
            "Relevé de vos remboursements - Décompte du 25/06/2025",
            "Assuré : Jean Dupont - N° de sécurité sociale 1 80 03 75 123 456 78",
            "Paiement du 25/06/2025 par virement",
            "Date des soins | Nature de la prestation | Montant payé | Base | Taux | Montant remboursé | Participation",
            "16/06/2025 | Consultation G | 30,00 | 30,00 | 70 % | 19,00 | -2,00",
            "Total remboursé : 19,00 €");
    public static final LocalDate STATEMENT_CARE_DATE = LocalDate.of(2025, 6, 16);

    /** An osteopath's note: the invoice used for images and OCR. Large, simple, typical of what members photograph. */
    public static final List<String> OSTEOPATH_INVOICE = List.of(
            "Cabinet d'ostéopathie",
            "Marie Lambert, ostéopathe D.O.",
            "N° ADELI : 691234567",
            "Note d'honoraires",
            "Séance d'ostéopathie du 03/06/2025",
            "Patient : Jean Dupont",
            "Honoraires : 60,00 €",
            "Acquittée le 03/06/2025");
    public static final LocalDate OSTEOPATH_CARE_DATE = LocalDate.of(2025, 6, 3);
    public static final long OSTEOPATH_BILLED_CENTS = 6_000;
    public static final String OSTEOPATH_ADELI = "691234567";

    private static final float[] TABLE_COLUMNS = {50, 300, 390, 470, 520, 560, 600};

    private TestDocuments() {
    }

    public static Clock clock() {
        return Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneId.of("Europe/Paris"));
    }

    // ---- PDFs with a text layer -------------------------------------------------------------------------------

    public static byte[] dentalInvoicePdf() {
        return textPdf(DENTAL_INVOICE);
    }

    public static byte[] opticsInvoicePdf() {
        return textPdf(OPTICS_INVOICE);
    }

    public static byte[] socialSecurityStatementPdf() {
        return textPdf(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth() + 200, SOCIAL_SECURITY_STATEMENT,
                new float[] {30, 120, 290, 380, 440, 500, 620});
    }

    public static byte[] osteopathInvoicePdf() {
        return textPdf(OSTEOPATH_INVOICE);
    }

    /**
     * A one-page A4 PDF with Helvetica text, one line per string. Cells separated by " | " are laid out in columns, as
     * invoices lay out tables, so that text extraction sees them as one row.
     */
    public static byte[] textPdf(List<String> lines) {
        return textPdf(PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight(), lines, TABLE_COLUMNS);
    }

    private static byte[] textPdf(float width, float height, List<String> lines, float[] columns) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = height - 60;
                for (String line : lines) {
                    String[] cells = line.split("\\s*\\|\\s*", -1);
                    for (int i = 0; i < cells.length; i++) {
                        if (cells[i].isBlank()) {
                            continue;
                        }
                        content.beginText();
                        content.setFont(font, cells.length > 1 ? 8 : 11);
                        content.newLineAtOffset(cells.length > 1 ? columns[i] : columns[0], y);
                        content.showText(cells[i].strip());
                        content.endText();
                    }
                    y -= 20;
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF whose only page is a picture of an invoice, as a scanner makes it: no text layer. */
    public static byte[] scannedPdf(List<String> lines) {
        return scannedPdfPages(lines, 1);
    }

    /** A scanned PDF of {@code pages} identical pages, none with a text layer. */
    public static byte[] scannedPdfPages(List<String> lines, int pages) {
        BufferedImage scan = invoiceImage(lines, 34);
        try (PDDocument document = new PDDocument()) {
            PDImageXObject image = LosslessFactory.createFromImage(document, scan);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float width = PDRectangle.A4.getWidth();
                    float height = width * scan.getHeight() / scan.getWidth();
                    content.drawImage(image, 0, PDRectangle.A4.getHeight() - height, width, height);
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A well-formed PDF with no page at all. */
    public static byte[] pdfWithoutPages() {
        try (PDDocument document = new PDDocument()) {
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF with a blank page: a scan of nothing. */
    public static byte[] blankPdf() {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The dental invoice protected by PDFBox's standard security handler (AES-256). With an empty user password it
     * opens without asking, but is still encrypted.
     */
    public static byte[] encryptedPdf(String userPassword) {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(dentalInvoicePdf())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first half of the dental invoice: an upload cut off mid-transfer. */
    public static byte[] truncatedPdf() {
        byte[] whole = dentalInvoicePdf();
        return Arrays.copyOf(whole, whole.length / 2);
    }

    /** A file that starts like a PDF and ends with %%EOF, with nothing readable in between. */
    public static byte[] garbledPdf() {
        return ("%PDF-1.7\n" + "this is not a PDF body at all ".repeat(20) + "\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    // ---- images ------------------------------------------------------------------------------------------------

    /** The osteopath's note in a large, clear font on white: what a flatbed scan looks like. */
    public static BufferedImage clearInvoiceImage() {
        return invoiceImage(OSTEOPATH_INVOICE, 40);
    }

    /**
     * The osteopath's note as a phone photo: grey uneven background, slightly rotated, noisy and a little soft.
     * Deterministic (fixed seed).
     */
    public static BufferedImage photographedInvoiceImage() {
        BufferedImage paper = invoiceImage(OSTEOPATH_INVOICE, 40);
        int width = paper.getWidth() + 160;
        int height = paper.getHeight() + 160;
        BufferedImage photo = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(150, 150, 145), width, height, new Color(95, 95, 90)));
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(2.0), width / 2.0, height / 2.0);
        g.drawImage(tinted(paper), 80, 80, null);
        g.dispose();
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = photo.getRGB(x, y);
                int noise = (int) Math.round(random.nextGaussian() * 18);
                photo.setRGB(x, y, (clamp(((rgb >> 16) & 0xFF) + noise) << 16)
                        | (clamp(((rgb >> 8) & 0xFF) + noise) << 8) | clamp((rgb & 0xFF) + noise));
            }
        }
        float ninth = 1f / 9f;
        Kernel blur = new Kernel(3, 3, new float[] {ninth, ninth, ninth, ninth, ninth, ninth, ninth, ninth, ninth});
        return new ConvolveOp(blur, ConvolveOp.EDGE_NO_OP, null).filter(photo, null);
    }

    /** Paper that is not white under indoor light, ink that is not black. */
    private static BufferedImage tinted(BufferedImage paper) {
        BufferedImage tinted = new BufferedImage(paper.getWidth(), paper.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < paper.getHeight(); y++) {
            for (int x = 0; x < paper.getWidth(); x++) {
                int grey = paper.getRGB(x, y) & 0xFF;
                int shade = 60 + grey * 150 / 255; // white 210, black 60
                tinted.setRGB(x, y, (shade << 16) | (shade << 8) | Math.max(0, shade - 8));
            }
        }
        return tinted;
    }

    /** Lines of text drawn in black on white, in a sans-serif font of the given pixel size. */
    public static BufferedImage invoiceImage(List<String> lines, int fontSize) {
        int width = 1240;
        int height = Math.max(600, 120 + lines.size() * fontSize * 2);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, fontSize));
        int y = 80;
        for (String line : lines) {
            g.drawString(line.replaceAll("\\s*\\|\\s*", "    "), 60, y);
            y += fontSize * 2;
        }
        g.setStroke(new BasicStroke(2));
        g.drawRect(30, 30, width - 60, height - 60);
        g.dispose();
        return image;
    }

    public static byte[] clearInvoicePng() {
        return png(clearInvoiceImage());
    }

    public static byte[] photographedInvoiceJpeg() {
        return jpeg(photographedInvoiceImage(), 0.85f);
    }

    public static byte[] png(BufferedImage image) {
        return encode(image, "png");
    }

    public static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    public static byte[] truncatedPng() {
        byte[] whole = clearInvoicePng();
        return Arrays.copyOf(whole, whole.length / 2);
    }

    public static byte[] truncatedJpeg() {
        byte[] whole = jpeg(clearInvoiceImage(), 0.9f);
        return Arrays.copyOf(whole, whole.length * 3 / 5);
    }

    /**
     * A phone photo cut off mid-transfer whose EXIF block carries a thumbnail, itself a small JPEG with its own end
     * marker FF D9: only a segment walk tells that the photo itself is incomplete.
     */
    public static byte[] truncatedJpegWithThumbnail() {
        byte[] whole = jpegWithThumbnail();
        return Arrays.copyOf(whole, whole.length * 3 / 5);
    }

    /** A complete photo whose EXIF block carries a thumbnail with its own end marker. */
    public static byte[] jpegWithThumbnail() {
        byte[] thumbnail = jpeg(invoiceImage(List.of("Facture"), 20), 0.5f);
        byte[] photo = jpeg(clearInvoiceImage(), 0.9f);
        int segmentLength = 2 + 6 + thumbnail.length;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(photo, 0, 2); // SOI
        bytes.write(0xFF);
        bytes.write(0xE1); // APP1
        bytes.write(segmentLength >> 8);
        bytes.write(segmentLength & 0xFF);
        bytes.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes(thumbnail);
        bytes.write(photo, 2, photo.length - 2);
        return bytes.toByteArray();
    }

    /** A complete PNG with one flipped bit in its image data: the chunk CRC no longer matches. */
    public static byte[] corruptedPng() {
        byte[] png = clearInvoicePng();
        png[png.length / 2] ^= 0x10;
        return png;
    }

    /** An incompressible PNG (random pixels) a little under 3 MB. */
    public static byte[] pngJustUnderTheLimit() {
        BufferedImage noise = new BufferedImage(1000, 1000, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < 1000; y++) {
            for (int x = 0; x < 1000; x++) {
                noise.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        return png(noise);
    }

    // ---- what members send by mistake --------------------------------------------------------------------------

    public static byte[] emptyFile() {
        return new byte[0];
    }

    /** 3 MB and one byte, starting like a PDF. */
    public static byte[] oversizedFile() {
        byte[] bytes = new byte[3 * 1024 * 1024 + 1];
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    public static byte[] gif() {
        return encode(invoiceImage(List.of("Facture"), 30), "gif");
    }

    public static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("facture.pdf"));
            zip.write(dentalInvoicePdf());
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] text() {
        return String.join("\n", DENTAL_INVOICE).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, bytes)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.save(bytes);
        return bytes.toByteArray();
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
