package fr.prestaflow.adjudication.rules;

import static fr.prestaflow.contracts.care.CareCategory.DENTAL_CARE;
import static fr.prestaflow.contracts.care.CareCategory.GP_CONSULTATION;
import static fr.prestaflow.contracts.care.CareCategory.HOSPITAL_FEES;
import static fr.prestaflow.contracts.care.CareCategory.IMAGING;
import static fr.prestaflow.contracts.care.CareCategory.LABORATORY;
import static fr.prestaflow.contracts.care.CareCategory.SPECIALIST_CONSULTATION;

import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.care.Side;
import java.util.EnumSet;
import java.util.Set;

/** Facts about a care line that several rules share. */
final class CareFacts {

    static final int OUT_OF_PATH_RATE = 30;
    static final int IN_PATH_RATE = 70;
    static final long FORFAIT_24_CENTS = 2_400;
    static final long FORFAIT_24_THRESHOLD_CENTS = 12_000;

    private static final Set<CareCategory> CONSULTATIONS = EnumSet.of(GP_CONSULTATION, SPECIALIST_CONSULTATION);
    private static final Set<CareCategory> FORFAIT_24_CATEGORIES = EnumSet.of(GP_CONSULTATION,
            SPECIALIST_CONSULTATION, IMAGING, LABORATORY, DENTAL_CARE, HOSPITAL_FEES);

    private CareFacts() {
    }

    /** §24: a consultation at the out-of-path rate of 30 % with a base is outside the parcours de soins. */
    static boolean outsideParcours(CareLine line) {
        return CONSULTATIONS.contains(line.careCategory()) && line.amoRatePercent() == OUT_OF_PATH_RATE
                && line.baseCents() > 0;
    }

    /** §6: the threshold is per act, compared exactly as {@code base ≥ 12 000 × quantity}. */
    static boolean forfait24Applies(CareLine line, Beneficiary beneficiary) {
        return FORFAIT_24_CATEGORIES.contains(line.careCategory())
                && line.baseCents() >= Math.multiplyExact(FORFAIT_24_THRESHOLD_CENTS, line.quantity())
                && line.amoRatePercent() > 0 && line.amoRatePercent() < 100
                && !outsideParcours(line)
                && !beneficiary.hasExemptionOn(ExemptionType.MATERNITY, line.careDate())
                && !beneficiary.hasExemptionOn(ExemptionType.CSS, line.careDate());
    }

    /** Lenses or ears a line covers: 2 for BOTH (or no side), else 1. */
    static int pairCount(CareLine line) {
        return line.sideOrBoth() == Side.BOTH ? 2 : 1;
    }

    /** Empty and absent practitioner ids share one counter (§4.1, §4.2). */
    static String practitionerKey(CareLine line) {
        return line.practitionerId() == null ? "" : line.practitionerId();
    }
}
