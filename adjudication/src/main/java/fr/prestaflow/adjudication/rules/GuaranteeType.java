package fr.prestaflow.adjudication.rules;

import java.util.Optional;

/** The guarantee types a plan may give a care category (REIMBURSEMENT_RULES.md §10); names as in plan files. */
public enum GuaranteeType {
    NONE,
    PERCENT_BR_INCL_AMO,
    PERCENT_BR_PLUS_FORFAIT,
    FIXED_PER_YEAR,
    FIXED_PER_UNIT,
    FIXED_PER_ITEM,
    FIXED_PER_LENS_BY_CLASS,
    FIXED_PER_EAR_INCL_AMO,
    FRAIS_REELS,
    FIXED_PER_EVENT;

    /** The {@code GUARANTEE_<type>} code of an accepted line paid under this type; none for NONE. */
    public Optional<Reason> reason() {
        return switch (this) {
            case NONE -> Optional.empty();
            case PERCENT_BR_INCL_AMO -> Optional.of(Reason.GUARANTEE_PERCENT_BR_INCL_AMO);
            case PERCENT_BR_PLUS_FORFAIT -> Optional.of(Reason.GUARANTEE_PERCENT_BR_PLUS_FORFAIT);
            case FIXED_PER_YEAR -> Optional.of(Reason.GUARANTEE_FIXED_PER_YEAR);
            case FIXED_PER_UNIT -> Optional.of(Reason.GUARANTEE_FIXED_PER_UNIT);
            case FIXED_PER_ITEM -> Optional.of(Reason.GUARANTEE_FIXED_PER_ITEM);
            case FIXED_PER_LENS_BY_CLASS -> Optional.of(Reason.GUARANTEE_FIXED_PER_LENS_BY_CLASS);
            case FIXED_PER_EAR_INCL_AMO -> Optional.of(Reason.GUARANTEE_FIXED_PER_EAR_INCL_AMO);
            case FRAIS_REELS -> Optional.of(Reason.GUARANTEE_FRAIS_REELS);
            case FIXED_PER_EVENT -> Optional.of(Reason.GUARANTEE_FIXED_PER_EVENT);
        };
    }
}
