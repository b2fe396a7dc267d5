package fr.prestaflow.adjudication.rules;

import fr.prestaflow.contracts.care.Basket;
import fr.prestaflow.contracts.care.CareLine;

/** §12: 100 % Santé lines of a contrat responsable are paid up to the regulated price, whatever the plan grants. */
final class Rac0Basket {

    static final long FRAME_CAP_CENTS = 3_000;
    static final long HEARING_CAP_PER_EAR_CENTS = 95_000;
    static final long DENTAL_PROSTHESIS_CAP_CENTS = 50_000;

    private Rac0Basket() {
    }

    static boolean appliesTo(LineDraft draft) {
        CareLine line = draft.line();
        return draft.plan().responsible() && line.careCategory().hasBasket() && line.basketOrFree() == Basket.RAC0;
    }

    static void pay(LineDraft draft) {
        CareLine line = draft.line();
        long cap = regulatedCap(line);
        draft.markRac0();
        draft.add(Reason.RAC0_FULL_COVERAGE);
        if (line.billedCents() > cap) {
            draft.add(Reason.RAC0_PRICE_CAP_EXCEEDED);
        }
        draft.pay(Math.max(0, Math.min(line.billedCents(), cap) - draft.amo().amoReference()));
    }

    private static long regulatedCap(CareLine line) {
        return switch (line.careCategory()) {
            case OPTICS_FRAME -> Math.multiplyExact(FRAME_CAP_CENTS, line.quantity());
            case OPTICS_LENS -> lensCap(LensClass.ofActCode(line.actCode())) * CareFacts.pairCount(line);
            case HEARING_AID -> HEARING_CAP_PER_EAR_CENTS * CareFacts.pairCount(line);
            case DENTAL_PROSTHESIS -> Math.multiplyExact(DENTAL_PROSTHESIS_CAP_CENTS, line.quantity());
            default -> throw new IllegalStateException(line.careCategory() + " has no 100 % Santé basket");
        };
    }

    private static long lensCap(LensClass lensClass) {
        return switch (lensClass) {
            case SIMPLE -> 4_000;
            case COMPLEX -> 8_000;
            case VERY_COMPLEX -> 12_000;
        };
    }
}
