package fr.prestaflow.adjudication.rules;

import fr.prestaflow.contracts.care.CareLine;
import fr.prestaflow.contracts.care.Side;
import java.util.List;

/** The lens classes of one equipment's two eyes, and the contrat responsable maximum for it (§13). */
record LensPair(LensClass left, LensClass right) {

    static final LensPair SIMPLE_SIMPLE = new LensPair(LensClass.SIMPLE, LensClass.SIMPLE);

    /**
     * In line order each lens line gives its class to its eye(s), the first line winning for an eye; an eye with no
     * lens takes the other eye's class; no lens at all is SIMPLE + SIMPLE.
     */
    static LensPair of(List<CareLine> acceptedLensLines) {
        LensClass left = null;
        LensClass right = null;
        for (CareLine line : acceptedLensLines) {
            LensClass lensClass = LensClass.ofActCode(line.actCode());
            Side side = line.sideOrBoth();
            if (left == null && side != Side.RIGHT) {
                left = lensClass;
            }
            if (right == null && side != Side.LEFT) {
                right = lensClass;
            }
        }
        if (left == null && right == null) {
            return SIMPLE_SIMPLE;
        }
        return new LensPair(left == null ? right : left, right == null ? left : right);
    }

    long maximumCents() {
        LensClass lower = left.compareTo(right) <= 0 ? left : right;
        LensClass higher = lower == left ? right : left;
        return switch (lower) {
            case SIMPLE -> switch (higher) {
                case SIMPLE -> 42_000;
                case COMPLEX -> 56_000;
                case VERY_COMPLEX -> 61_000;
            };
            case COMPLEX -> higher == LensClass.COMPLEX ? 70_000 : 75_000;
            case VERY_COMPLEX -> 80_000;
        };
    }
}
