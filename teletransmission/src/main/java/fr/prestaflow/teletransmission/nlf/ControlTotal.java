package fr.prestaflow.teletransmission.nlf;

import java.math.BigInteger;

/**
 * A running sum of cents that cannot overflow: the declared totals fit in a long, but a huge or hostile file could
 * push the computed sum past it, and the NLA must still quote the exact computed value.
 */
final class ControlTotal {

    private long value;
    private BigInteger overflowed;

    void add(long cents) {
        if (overflowed != null) {
            overflowed = overflowed.add(BigInteger.valueOf(cents));
            return;
        }
        long sum = value + cents;
        if (((value ^ sum) & (cents ^ sum)) < 0) {
            overflowed = BigInteger.valueOf(value).add(BigInteger.valueOf(cents));
        } else {
            value = sum;
        }
    }

    boolean is(long declared) {
        return overflowed == null && value == declared;
    }

    @Override
    public String toString() {
        return overflowed != null ? overflowed.toString() : Long.toString(value);
    }
}
