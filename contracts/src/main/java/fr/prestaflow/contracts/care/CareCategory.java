package fr.prestaflow.contracts.care;

/** The guarantee line of a plan that applies to a care line (CARE_LINE.md). */
public enum CareCategory {
    GP_CONSULTATION, SPECIALIST_CONSULTATION, PHARMACY_65, PHARMACY_30, PHARMACY_15, LABORATORY, IMAGING, PARAMEDICAL,
    DENTAL_CARE, DENTAL_PROSTHESIS, ORTHODONTICS, OPTICS_FRAME, OPTICS_LENS, CONTACT_LENSES, HEARING_AID, HOSPITAL_FEES,
    HOSPITAL_DAILY_FEE, HOSPITAL_PRIVATE_ROOM, TRANSPORT, ALTERNATIVE_MEDICINE, BIRTH_ALLOWANCE;

    public static boolean isKnown(String name) {
        for (CareCategory category : values()) {
            if (category.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Categories whose line must say which 100 % Santé basket it belongs to. */
    public boolean hasBasket() {
        return this == OPTICS_FRAME || this == OPTICS_LENS || this == DENTAL_PROSTHESIS || this == HEARING_AID;
    }

    /** Categories whose line must say which eye or ear it is for. */
    public boolean hasSide() {
        return this == OPTICS_LENS || this == CONTACT_LENSES || this == HEARING_AID;
    }
}
