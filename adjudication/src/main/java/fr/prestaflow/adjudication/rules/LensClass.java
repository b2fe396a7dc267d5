package fr.prestaflow.adjudication.rules;

/** Lens class of an optics line (REIMBURSEMENT_RULES.md §13), from the act code intake normalises. */
public enum LensClass {
    SIMPLE, COMPLEX, VERY_COMPLEX;

    /** Any code other than the three normalised ones reads as SIMPLE: the lowest grid, so the safest (§13). */
    public static LensClass ofActCode(String actCode) {
        return switch (actCode) {
            case "LENS-COMPLEX" -> COMPLEX;
            case "LENS-VERY-COMPLEX" -> VERY_COMPLEX;
            default -> SIMPLE;
        };
    }
}
