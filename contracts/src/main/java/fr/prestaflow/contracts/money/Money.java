package fr.prestaflow.contracts.money;

import java.math.BigDecimal;

/**
 * An amount in euro cents. Never a double: every amount the mutuelle computes, pays or shows goes through this type.
 * On the wire: {@code {"cents": 4250}}.
 */
public record Money(long cents) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    /** Parses a decimal euro amount with at most two decimals, e.g. "42.50"; used only at edges (files, forms). */
    public static Money ofEuros(String euros) {
        BigDecimal value = new BigDecimal(euros);
        if (value.scale() > 2) {
            throw new IllegalArgumentException("More than two decimals in " + euros);
        }
        return new Money(value.movePointRight(2).longValueExact());
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(cents, factor));
    }

    public Money min(Money other) {
        return cents <= other.cents ? this : other;
    }

    public Money max(Money other) {
        return cents >= other.cents ? this : other;
    }

    /** -1, 0 or 1. Not a bean getter, so the wire form stays {@code {"cents": n}}. */
    public int signum() {
        return Long.signum(cents);
    }

    /** Decimal euros with two decimals, for files such as pain.001 ({@code InstdAmt}). */
    public BigDecimal toEuros() {
        return BigDecimal.valueOf(cents, 2);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    @Override
    public String toString() {
        return toEuros().toPlainString() + " EUR";
    }
}
