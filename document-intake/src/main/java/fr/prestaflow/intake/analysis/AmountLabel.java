package fr.prestaflow.intake.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the words on a line say its amounts are. Checked in declaration order: the first that matches wins. */
enum AmountLabel {
    /** Amounts that are none of ours: the mutuelle's part, the reste à charge, VAT, discounts. */
    EXCLUDED("reste a charge|part (mutuelle|complementaire|amc)|\\bamc\\b|complementaire|mutuelle|\\btva\\b|acompte"
            + "|deja (regle|paye)|\\bavoir\\b|\\bremise\\b|depassement|\\brac\\b|ticket moderateur"),
    PARTICIPATION("participation"),
    FRANCHISE("franchise"),
    BASE("base (de )?(remboursement|rbt|remb|ss|secu|securite sociale)|\\bbase\\b|\\bbr\\b|\\bbrss\\b"
            + "|tarif de (convention|responsabilite|remboursement)"),
    AMO_PAID("montant rembourse|rembourse(ment)? (par l')?(amo|ro|ss|secu|securite sociale|assurance maladie|cpam"
            + "|regime obligatoire)|part (amo|ro|ss|secu|securite sociale|obligatoire|assurance maladie)"
            + "|remb\\.? amo|net (paye|verse|rembourse)|total rembourse|montant verse|vous avez ete rembourse"
            + "|\\bamo\\b"),
    RATE("\\btaux\\b"),
    /** What the patient paid, stated as a total. */
    TOTAL("\\btotal|net a payer|montant (total|du|paye|regle|a regler|facture|de la facture|de la depense)"
            + "|frais reels|somme (payee|reglee|versee)|\\ba payer\\b|\\bdepense\\b|paye par le patient"
            + "|regle par le patient|acquitte"),
    /** What the patient paid, stated as a fee or price of one item. */
    FEE("honoraires?|\\bprix\\b|\\bpv\\b|tarif pratique|\\bmontant\\b|\\btarif\\b"),
    NONE("(?!)");

    private final Pattern pattern;

    AmountLabel(String regex) {
        this.pattern = Pattern.compile(regex);
    }

    static AmountLabel of(String folded) {
        for (AmountLabel label : values()) {
            if (label.pattern.matcher(folded).find()) {
                return label;
            }
        }
        return NONE;
    }

    /** A column of a table header, in the order printed. */
    enum Column { BILLED, BASE, RATE, AMO_PAID, PARTICIPATION, FRANCHISE, IGNORED }

    private static final Pattern HEADER = Pattern.compile(
            "(?<ignored>part (mutuelle|complementaire|amc)|\\bamc\\b|reste a charge|\\brac\\b|depassement)"
                    + "|(?<base>base (de )?(remboursement|rbt|remb|ss|secu)|\\bbase\\b|\\bbr\\b|\\bbrss\\b)"
                    + "|(?<amo>montant rembourse|rembourse(ment)?( amo| ss| ro)?|part (amo|ss|ro|obligatoire)"
                    + "|\\bamo\\b|\\bro\\b)"
                    + "|(?<participation>participation)|(?<franchise>franchise)|(?<rate>\\btaux\\b)"
                    + "|(?<billed>honoraires?|montant paye|frais reels|\\bdepense\\b|prix( de vente)?|montant facture"
                    + "|tarif pratique|\\bmontant\\b)");

    /**
     * The amount columns of a table header line ("Acte  Honoraires  Base  Taux  Remboursé AMO"), or an empty list when
     * the line is not a header: a header has at least two columns, one of them billed, base or AMO paid.
     */
    static List<Column> headerColumns(String folded) {
        List<Column> columns = new ArrayList<>();
        Matcher matcher = HEADER.matcher(folded);
        while (matcher.find()) {
            columns.add(column(matcher));
        }
        boolean anchored = columns.contains(Column.BILLED) || columns.contains(Column.BASE)
                || columns.contains(Column.AMO_PAID);
        return columns.size() >= 2 && anchored ? columns : List.of();
    }

    private static Column column(Matcher matcher) {
        if (matcher.group("ignored") != null) {
            return Column.IGNORED;
        }
        if (matcher.group("base") != null) {
            return Column.BASE;
        }
        if (matcher.group("amo") != null) {
            return Column.AMO_PAID;
        }
        if (matcher.group("participation") != null) {
            return Column.PARTICIPATION;
        }
        if (matcher.group("franchise") != null) {
            return Column.FRANCHISE;
        }
        return matcher.group("rate") != null ? Column.RATE : Column.BILLED;
    }
}
