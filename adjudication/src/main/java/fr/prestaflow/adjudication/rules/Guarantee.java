package fr.prestaflow.adjudication.rules;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What a plan pays for one care category (REIMBURSEMENT_RULES.md §10). Amounts are euro cents, percentages are of the
 * BR and include the AMO part.
 */
public sealed interface Guarantee {

    GuaranteeType type();

    GuaranteeTerms terms();

    /** The plan does not cover the category: lines are rejected NOT_COVERED_BY_PLAN. */
    record None(GuaranteeTerms terms) implements Guarantee {
        public None {
            Objects.requireNonNull(terms, "terms");
        }

        @Override
        public GuaranteeType type() {
            return GuaranteeType.NONE;
        }
    }

    /** {@code round(pct × base / 100) − amoReference}, pct from one level or an OPTAM / non-OPTAM pair. */
    record PercentOfBase(PercentLevels levels, GuaranteeTerms terms) implements Guarantee {
        public PercentOfBase {
            Objects.requireNonNull(levels, "levels");
            Objects.requireNonNull(terms, "terms");
        }

        @Override
        public GuaranteeType type() {
            return GuaranteeType.PERCENT_BR_INCL_AMO;
        }
    }

    /** A percentage of the BR plus a euro forfait per unit. */
    record PercentOfBasePlusForfait(int percent, long forfaitPerUnitCents, GuaranteeTerms terms) implements Guarantee {
        public PercentOfBasePlusForfait {
            PercentLevels.requirePercent(percent);
            Amounts.requireNonNegative(forfaitPerUnitCents, "forfaitPerUnitCents");
            Objects.requireNonNull(terms, "terms");
        }

        @Override
        public GuaranteeType type() {
            return GuaranteeType.PERCENT_BR_PLUS_FORFAIT;
        }
    }

    /** A yearly euro forfait, which is also the yearly ceiling (§16). */
    record FixedPerYear(long amountCents, GuaranteeTerms terms) implements Guarantee {
        public FixedPerYear {
            Amounts.requireNonNegative(amountCents, "amountCents");
            Objects.requireNonNull(terms, "terms");
        }

        @Override
        public GuaranteeType type() {
            return GuaranteeType.FIXED_PER_YEAR;
        }
    }

    /** A euro amount per session or day, optionally limited in units per year. */
    record FixedPerUnit(long amountCents, OptionalInt maxUnitsPerYear, GuaranteeTerms terms) implements Guarantee {
        public FixedPerUnit {
            Amounts.requireNonNegative(amountCents, "amountCents");
            Objects.requireNonNull(maxUnitsPerYear, "maxUnitsPerYear");
            maxUnitsPerYear.ifPresent(max -> {
                if (max < 1) {
                    throw new IllegalArgumentException("maxUnitsPerYear must be at least 1");
                }
            });
            Objects.requireNonNull(terms, "terms");
        }

        @Override
        public GuaranteeType type() {
            return GuaranteeType.FIXED_PER_UNIT;
        }
    }

    /** A euro amount per item (frame). */
    record FixedPerItem(long amountCents, GuaranteeTerms terms) implements Guarantee {
        public FixedPerItem {
            Amounts.requireNonNegative(amountCents, "amountCents");
            Objects.requireNonNull(terms, "terms");
        }

        @Override
        public GuaranteeType type() {
            return GuaranteeType.FIXED_PER_ITEM;
        }
    }

    /** A euro amount per lens, by lens class. */
    record FixedPerLensByClass(Map<LensClass, Long> amountsCents, GuaranteeTerms terms) implements Guarantee {
        public FixedPerLensByClass {
            Objects.requireNonNull(amountsCents, "amountsCents");
            for (LensClass lensClass : LensClass.values()) {
                Long amount = amountsCents.get(lensClass);
                if (amount == null) {
                    throw new IllegalArgumentException("amountsCents misses " + lensClass);
                }
                Amounts.requireNonNegative(amount, "amountsCents." + lensClass);
            }
            amountsCents = Map.copyOf(new EnumMap<>(amountsCents));
            Objects.requireNonNull(terms, "terms");
        }

        public long amountFor(LensClass lensClass) {
            return amountsCents.get(lensClass);
        }

        @Override
        public GuaranteeType type() {
            return GuaranteeType.FIXED_PER_LENS_BY_CLASS;
        }
    }

    /** A euro amount per ear that includes the AMO part (hearing aids, §14). */
    record FixedPerEarInclAmo(long amountCents, GuaranteeTerms terms) implements Guarantee {
        public FixedPerEarInclAmo {
            Amounts.requireNonNegative(amountCents, "amountCents");
            Objects.requireNonNull(terms, "terms");
        }

        @Override
        public GuaranteeType type() {
            return GuaranteeType.FIXED_PER_EAR_INCL_AMO;
        }
    }

    /** Actual cost left after the AMO (the daily hospital fee is limited to its regulated amount). */
    record FraisReels(GuaranteeTerms terms) implements Guarantee {
        public FraisReels {
            Objects.requireNonNull(terms, "terms");
        }

        @Override
        public GuaranteeType type() {
            return GuaranteeType.FRAIS_REELS;
        }
    }

    /** A lump sum per event (birth allowance, §18). */
    record FixedPerEvent(long amountCents, GuaranteeTerms terms) implements Guarantee {
        public FixedPerEvent {
            Amounts.requireNonNegative(amountCents, "amountCents");
            Objects.requireNonNull(terms, "terms");
        }

        @Override
        public GuaranteeType type() {
            return GuaranteeType.FIXED_PER_EVENT;
        }
    }
}
