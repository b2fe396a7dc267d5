package fr.prestaflow.systemtests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A dentist's invoice for one act of dental care (a scaling, "détartrage"), as a PDF with a text layer laid out as
 * document-intake's own test documents are (TestDocuments.textPdf: one line per string, table cells in columns): the
 * practitioner's RPPS, the invoice and care dates, the patient's birth date (which intake must not take for the care
 * date), a table row with the fee and the base de remboursement, the total. Read without OCR, with the member's
 * declaration agreeing, intake's analysis is confident.
 *
 * <p>Most dentists' invoices do not say what the Assurance Maladie paid ({@code amoPaidCents} null): adjudication then
 * estimates the AMO part. Under tiers payant on the compulsory part the invoice does show it ("Remboursement Assurance
 * Maladie"), and intake reads it.
 */
record DentalInvoice(String dentist, String rpps, String invoiceNumber, LocalDate careDate, String patient,
                     LocalDate patientBirthDate, long billedCents, long baseCents, Long amoPaidCents) {

    static final String ACT = "Détartrage et polissage des dents";
    static final String ACT_CODE = "HBJD001";
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final float[] COLUMNS = {50, 300, 390, 470, 520, 560, 600};

    /** The text of the invoice, one string per printed line; the AMO line only when {@code amoPaidCents} is given. */
    List<String> lines() {
        return Stream.of(
                dentist + " - Chirurgien-dentiste",
                "14 avenue Jean Jaurès, 69007 Lyon - Tél. 04 78 61 20 30",
                "N° RPPS : " + rpps,
                "Facture n° " + invoiceNumber,
                "Date : " + FRENCH.format(careDate.plusDays(1)),
                "Patient : " + patient + ", née le " + FRENCH.format(patientBirthDate),
                "Date des soins : " + FRENCH.format(careDate),
                "Acte | Code | Honoraires | Base de remboursement",
                ACT + " | " + ACT_CODE + " | " + euros(billedCents) + " | " + euros(baseCents),
                amoPaidCents == null ? null : "Remboursement Assurance Maladie : " + euros(amoPaidCents),
                "Total honoraires : " + euros(billedCents),
                "Montant payé : " + euros(billedCents)).filter(java.util.Objects::nonNull).toList();
    }

    byte[] pdf() {
        float width = PDRectangle.A4.getWidth();
        float height = PDRectangle.A4.getHeight();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = height - 60;
                for (String line : lines()) {
                    String[] cells = line.split("\\s*\\|\\s*", -1);
                    for (int i = 0; i < cells.length; i++) {
                        if (cells[i].isBlank()) {
                            continue;
                        }
                        content.beginText();
                        content.setFont(font, cells.length > 1 ? 8 : 11);
                        content.newLineAtOffset(cells.length > 1 ? COLUMNS[i] : COLUMNS[0], y);
                        content.showText(cells[i].strip());
                        content.endText();
                    }
                    y -= 20;
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 60,37 € */
    static String euros(long cents) {
        return String.format("%d,%02d €", cents / 100, cents % 100);
    }
}
