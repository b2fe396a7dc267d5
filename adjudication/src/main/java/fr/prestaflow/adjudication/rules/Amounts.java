package fr.prestaflow.adjudication.rules;

/** Checks shared by the records of this package. */
final class Amounts {

    private Amounts() {
    }

    static long requireNonNegative(long cents, String name) {
        if (cents < 0) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
        return cents;
    }
}
