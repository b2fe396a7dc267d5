package fr.prestaflow.intake.analysis;

import fr.prestaflow.contracts.care.CareCategory;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The document type the member chose when uploading. It narrows the care categories the text may mean: keywords in a
 * "Facture optique" choose between frame, lenses and contact lenses.
 */
public enum DocumentKind {
    DENTAL_INVOICE("Facture dentaire",
            EnumSet.of(CareCategory.DENTAL_CARE, CareCategory.DENTAL_PROSTHESIS, CareCategory.ORTHODONTICS)),
    OPTICS_INVOICE("Facture optique",
            EnumSet.of(CareCategory.OPTICS_FRAME, CareCategory.OPTICS_LENS, CareCategory.CONTACT_LENSES)),
    HEARING_AID_INVOICE("Facture audioprothèse", EnumSet.of(CareCategory.HEARING_AID)),
    ALTERNATIVE_MEDICINE_INVOICE("Facture médecine douce", EnumSet.of(CareCategory.ALTERNATIVE_MEDICINE)),
    HOSPITAL_INVOICE("Facture d'hospitalisation", EnumSet.of(CareCategory.HOSPITAL_FEES,
            CareCategory.HOSPITAL_DAILY_FEE, CareCategory.HOSPITAL_PRIVATE_ROOM)),
    /** Feuille de soins: any care the compulsory scheme knows. */
    CARE_SHEET("Feuille de soins", EnumSet.complementOf(EnumSet.of(CareCategory.BIRTH_ALLOWANCE))),
    /** Décompte of the Sécurité sociale: shows base, rate and the amount the compulsory scheme paid. */
    SOCIAL_SECURITY_STATEMENT("Décompte Sécurité sociale",
            EnumSet.complementOf(EnumSet.of(CareCategory.BIRTH_ALLOWANCE))),
    OTHER("Autre document", EnumSet.allOf(CareCategory.class));

    private final String label;
    private final Set<CareCategory> categories;

    DocumentKind(String label, Set<CareCategory> categories) {
        this.label = label;
        this.categories = categories;
    }

    /** The label the member saw, e.g. "Facture dentaire". */
    public String label() {
        return label;
    }

    /** The care categories a document of this kind can be about. */
    public Set<CareCategory> categories() {
        return EnumSet.copyOf(categories);
    }

    boolean allows(CareCategory category) {
        return categories.contains(category);
    }

    /** The only category a document of this kind can be about, when there is one. */
    CareCategory soleCategory() {
        return categories.size() == 1 ? categories.iterator().next() : null;
    }

    /**
     * Reads the document type as sent by a form: the enum name ("DENTAL_INVOICE") or the label, case and accents
     * ignored ("facture dentaire", "Décompte sécurité sociale"). Anything else is OTHER.
     */
    public static DocumentKind fromLabel(String text) {
        if (text == null || text.isBlank()) {
            return OTHER;
        }
        String folded = FrenchText.fold(text.strip());
        for (DocumentKind kind : values()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(folded) || FrenchText.fold(kind.label).equals(folded)) {
                return kind;
            }
        }
        if (folded.contains("dentaire") || folded.contains("dentiste")) {
            return DENTAL_INVOICE;
        }
        if (folded.contains("optique") || folded.contains("lunettes")) {
            return OPTICS_INVOICE;
        }
        if (folded.contains("audio") || folded.contains("auditi")) {
            return HEARING_AID_INVOICE;
        }
        if (folded.contains("decompte")) {
            return SOCIAL_SECURITY_STATEMENT;
        }
        if (folded.contains("feuille de soins")) {
            return CARE_SHEET;
        }
        if (folded.contains("hospital") || folded.contains("hopital") || folded.contains("clinique")) {
            return HOSPITAL_INVOICE;
        }
        if (folded.contains("medecine douce") || folded.contains("osteo") || folded.contains("chiro")) {
            return ALTERNATIVE_MEDICINE_INVOICE;
        }
        return OTHER;
    }
}
