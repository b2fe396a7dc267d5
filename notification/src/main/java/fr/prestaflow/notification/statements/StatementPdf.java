package fr.prestaflow.notification.statements;

import fr.prestaflow.contracts.money.Money;
import fr.prestaflow.notification.timeline.Amounts;
import fr.prestaflow.notification.timeline.ClaimSummary;
import fr.prestaflow.notification.wording.CareTypes;
import fr.prestaflow.notification.wording.FrenchFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The "relevé de prestations": one line per claim of the period with what the AMO, the mutuelle and the member bore, and
 * the totals. A4 landscape, standard fonts (WinAnsi: French accents and € are in it). Pure Java, no Spring.
 */
final class StatementPdf {

    record Period(LocalDate from, LocalDate to) {
    }

    private static final float MARGIN = 40;
    private static final float ROW = 14;
    private static final float BODY_SIZE = 8;
    private static final String NONE = "—";
    private static final String[] HEADERS = {"Reçue le", "Référence", "Soins", "Statut", "Facturé", "Assurance Maladie",
            "Mutuelle", "Reste à charge"};
    private static final float[] WIDTHS = {58, 72, 185, 125, 75, 85, 75, 80};
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    // per statement: PDType1Font caches encodings in plain maps, so instances are not shared between threads
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final ZoneId zone;

    private StatementPdf(ZoneId zone) {
        this.zone = zone;
    }

    static byte[] render(String contractNumber, Period period, LocalDate issuedOn, List<ClaimSummary> claims, ZoneId zone) {
        return new StatementPdf(zone).build(contractNumber, period, issuedOn, claims);
    }

    private byte[] build(String contractNumber, Period period, LocalDate issuedOn, List<ClaimSummary> claims) {
        try (PDDocument document = new PDDocument()) {
            List<List<String>> rows = claims.stream().map(this::row).toList();
            List<String> totals = totals(claims);
            writePages(document, contractNumber, period, issuedOn, rows, totals);
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build the statement", e);
        }
    }

    private void writePages(PDDocument document, String contractNumber, Period period, LocalDate issuedOn,
                            List<List<String>> rows, List<String> totals) throws IOException {
        int perPage = (int) ((PAGE.getHeight() - 2 * MARGIN - 110) / ROW);
        int pages = Math.max(1, (rows.size() + perPage - 1) / perPage);
        for (int p = 0; p < pages; p++) {
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                float y = PAGE.getHeight() - MARGIN;
                text(content, bold, 16, MARGIN, y, "Relevé de prestations");
                y -= 20;
                text(content, regular, 10, MARGIN, y, "Contrat : " + contractNumber);
                y -= 14;
                text(content, regular, 10, MARGIN, y, "Période : du " + FrenchFormat.shortDate(period.from()) + " au "
                        + FrenchFormat.shortDate(period.to()) + "    Édité le " + FrenchFormat.shortDate(issuedOn));
                y -= 24;
                row(content, bold, MARGIN, y, List.of(HEADERS));
                y -= ROW;
                List<List<String>> slice = rows.subList(Math.min(rows.size(), p * perPage),
                        Math.min(rows.size(), (p + 1) * perPage));
                if (rows.isEmpty()) {
                    text(content, regular, BODY_SIZE, MARGIN, y, "Aucune demande de remboursement sur cette période.");
                    y -= ROW;
                }
                for (List<String> row : slice) {
                    row(content, regular, MARGIN, y, row);
                    y -= ROW;
                }
                if (p == pages - 1) {
                    y -= 4;
                    row(content, bold, MARGIN, y, totals);
                    y -= 2 * ROW;
                    text(content, regular, BODY_SIZE, MARGIN, y, "Ce relevé récapitule les remboursements de votre "
                            + "complémentaire santé ; il ne remplace pas les décomptes de l'Assurance Maladie.");
                }
                text(content, regular, BODY_SIZE, PAGE.getWidth() - MARGIN - 40, MARGIN / 2, "Page " + (p + 1) + "/" + pages);
            }
        }
    }

    private List<String> row(ClaimSummary claim) {
        Amounts amounts = claim.amounts();
        String careTypes = String.join(", ", claim.careTypes().stream().map(CareTypes::label).distinct().toList());
        return List.of(FrenchFormat.shortDate(claim.receivedAt().atZone(zone).toLocalDate()), claim.reference(),
                careTypes.isEmpty() ? NONE : careTypes, claim.statusLabel(), amount(amounts.billed()),
                amount(amounts.amo()), amount(amounts.mutuelle()), amount(amounts.patientShare()));
    }

    private static List<String> totals(List<ClaimSummary> claims) {
        List<String> totals = new ArrayList<>(List.of("Total", "", claims.size() + " demande(s)", ""));
        totals.add(FrenchFormat.amount(sum(claims, Amounts::billed)));
        totals.add(FrenchFormat.amount(sum(claims, Amounts::amo)));
        totals.add(FrenchFormat.amount(sum(claims, Amounts::mutuelle)));
        totals.add(FrenchFormat.amount(sum(claims, Amounts::patientShare)));
        return totals;
    }

    private static Money sum(List<ClaimSummary> claims, Function<Amounts, Money> part) {
        return claims.stream().map(claim -> part.apply(claim.amounts())).filter(java.util.Objects::nonNull)
                .reduce(Money.ZERO, Money::plus);
    }

    private static String amount(Money money) {
        return money == null ? NONE : FrenchFormat.amount(money);
    }

    private void row(PDPageContentStream content, PDFont font, float x, float y, List<String> cells) throws IOException {
        float left = x;
        for (int i = 0; i < cells.size(); i++) {
            text(content, font, BODY_SIZE, left, y, fit(font, cells.get(i), WIDTHS[i] - 4));
            left += WIDTHS[i];
        }
    }

    private static void text(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(encodable(font, text));
        content.endText();
    }

    /** Shortens a cell to its column, with an ellipsis. */
    private static String fit(PDFont font, String text, float width) throws IOException {
        String safe = encodable(font, text);
        if (widthOf(font, safe) <= width) {
            return safe;
        }
        String cut = safe;
        while (cut.length() > 1 && widthOf(font, cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    private static float widthOf(PDFont font, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * BODY_SIZE;
    }

    /** The standard fonts only know WinAnsi: anything else becomes '?', rather than failing the whole statement. */
    private static String encodable(PDFont font, String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String character = new String(Character.toChars(cp));
            try {
                font.encode(character);
                safe.append(character);
            } catch (IOException | IllegalArgumentException e) {
                safe.append(cp == 0x202F || cp == 0xA0 ? " " : "?");
            }
        });
        return safe.toString();
    }
}
