package fr.prestaflow.notification.wording;

import fr.prestaflow.contracts.care.CareCategory;
import java.util.EnumMap;
import java.util.Map;

/** Care categories in the words a member uses. */
public final class CareTypes {

    private static final Map<CareCategory, String> LABELS = new EnumMap<>(CareCategory.class);

    static {
        LABELS.put(CareCategory.GP_CONSULTATION, "Consultation de médecin généraliste");
        LABELS.put(CareCategory.SPECIALIST_CONSULTATION, "Consultation de spécialiste");
        LABELS.put(CareCategory.PHARMACY_65, "Pharmacie");
        LABELS.put(CareCategory.PHARMACY_30, "Pharmacie");
        LABELS.put(CareCategory.PHARMACY_15, "Pharmacie");
        LABELS.put(CareCategory.LABORATORY, "Analyses de laboratoire");
        LABELS.put(CareCategory.IMAGING, "Imagerie médicale");
        LABELS.put(CareCategory.PARAMEDICAL, "Soins paramédicaux");
        LABELS.put(CareCategory.DENTAL_CARE, "Soins dentaires");
        LABELS.put(CareCategory.DENTAL_PROSTHESIS, "Prothèse dentaire");
        LABELS.put(CareCategory.ORTHODONTICS, "Orthodontie");
        LABELS.put(CareCategory.OPTICS_FRAME, "Monture de lunettes");
        LABELS.put(CareCategory.OPTICS_LENS, "Verres de lunettes");
        LABELS.put(CareCategory.CONTACT_LENSES, "Lentilles de contact");
        LABELS.put(CareCategory.HEARING_AID, "Aide auditive");
        LABELS.put(CareCategory.HOSPITAL_FEES, "Frais d'hospitalisation");
        LABELS.put(CareCategory.HOSPITAL_DAILY_FEE, "Forfait journalier hospitalier");
        LABELS.put(CareCategory.HOSPITAL_PRIVATE_ROOM, "Chambre particulière");
        LABELS.put(CareCategory.TRANSPORT, "Transport sanitaire");
        LABELS.put(CareCategory.ALTERNATIVE_MEDICINE, "Médecine douce");
        LABELS.put(CareCategory.BIRTH_ALLOWANCE, "Allocation naissance ou adoption");
    }

    private CareTypes() {
    }

    public static String label(CareCategory category) {
        return LABELS.get(category);
    }

    public static String label(String category) {
        return CareCategory.isKnown(category) ? label(CareCategory.valueOf(category)) : "Soins";
    }
}
