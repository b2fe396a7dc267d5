package fr.prestaflow.contracts.money;

/** Percentage arithmetic on cents, rounded half-up to the cent (REIMBURSEMENT_RULES.md §19). */
public final class Percent {

    private Percent() {
    }

    /** {@code round(amount × percent / 100)} half-up, for non-negative integers: {@code (2·x·p + 100) div 200}. */
    public static long of(long amountCents, long percent) {
        if (amountCents < 0 || percent < 0) {
            throw new IllegalArgumentException("Half-up percentage is defined on non-negative values only");
        }
        return Math.addExact(Math.multiplyExact(Math.multiplyExact(2, amountCents), percent), 100) / 200;
    }

    public static Money of(Money amount, long percent) {
        return new Money(of(amount.cents(), percent));
    }
}
