package fr.prestaflow.adjudication.rules;

import static fr.prestaflow.contracts.care.CareCategory.HEARING_AID;
import static fr.prestaflow.contracts.care.CareCategory.OPTICS_FRAME;
import static fr.prestaflow.contracts.care.CareCategory.OPTICS_LENS;

import fr.prestaflow.contracts.care.CareCategory;
import fr.prestaflow.contracts.care.CareLine;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Step 3 (§8, §18): AMO cover for devices, a registered practitioner, the birth-allowance conditions. */
final class Conditions {

    private static final Set<CareCategory> NEED_AMO_COVER = EnumSet.of(OPTICS_FRAME, OPTICS_LENS, HEARING_AID);
    /** ADELI has 9 digits, RPPS 11. */
    private static final Pattern ADELI_OR_RPPS = Pattern.compile("[0-9]{9}|[0-9]{11}");
    private static final int BIRTH_ALLOWANCE_AGE_LIMIT = 11;

    private final Beneficiary beneficiary;
    private final ConsumptionLedger ledger;

    Conditions(Beneficiary beneficiary, ConsumptionLedger ledger) {
        this.beneficiary = beneficiary;
        this.ledger = ledger;
    }

    Optional<RejectionCode> check(LineDraft draft) {
        CareLine line = draft.line();
        if (NEED_AMO_COVER.contains(line.careCategory()) && (line.baseCents() == 0 || line.amoRatePercent() == 0)) {
            return Optional.of(RejectionCode.AMO_NOT_COVERED);
        }
        if (line.careCategory() == CareCategory.ALTERNATIVE_MEDICINE && !registered(line.practitionerId())) {
            return Optional.of(RejectionCode.PRACTITIONER_ID_MISSING);
        }
        if (line.careCategory() == CareCategory.BIRTH_ALLOWANCE) {
            return birthAllowance(line);
        }
        return Optional.empty();
    }

    private Optional<RejectionCode> birthAllowance(CareLine line) {
        if (beneficiary.ageOn(line.careDate()) >= BIRTH_ALLOWANCE_AGE_LIMIT) {
            return Optional.of(RejectionCode.CHILD_AGE_LIMIT_EXCEEDED);
        }
        if (ledger.of(CareCategory.BIRTH_ALLOWANCE).findAny().isPresent()) {
            return Optional.of(RejectionCode.ALLOWANCE_ALREADY_PAID);
        }
        return Optional.empty();
    }

    private static boolean registered(String practitionerId) {
        return practitionerId != null && ADELI_OR_RPPS.matcher(practitionerId).matches();
    }
}
