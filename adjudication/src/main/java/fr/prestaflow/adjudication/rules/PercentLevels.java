package fr.prestaflow.adjudication.rules;

/** The percentage of a PERCENT_BR_INCL_AMO guarantee: one level, or one for OPTAM and one for other practitioners. */
public sealed interface PercentLevels {

    record Single(int percent) implements PercentLevels {
        public Single {
            requirePercent(percent);
        }
    }

    record ByOptam(int percentOptam, int percentNonOptam) implements PercentLevels {
        public ByOptam {
            requirePercent(percentOptam);
            requirePercent(percentNonOptam);
        }
    }

    static void requirePercent(int percent) {
        if (percent < 0) {
            throw new IllegalArgumentException("a percentage must not be negative");
        }
    }
}
