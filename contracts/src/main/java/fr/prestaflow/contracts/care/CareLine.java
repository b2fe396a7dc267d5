package fr.prestaflow.contracts.care;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The one shape every channel produces (CARE_LINE.md). Amounts are euro cents, line totals (all units together).
 * {@code amoPaidCents} is null for a quote line; {@code practitionerOptam} null is read as true, {@code basket} null as
 * FREE and {@code side} null as BOTH by adjudication, which still sees the values as given for duplicate detection.
 */
public record CareLine(
        int lineNumber,
        LocalDate careDate,
        CareCategory careCategory,
        String actCode,
        String practitionerId,
        Boolean practitionerOptam,
        int quantity,
        long billedCents,
        long baseCents,
        int amoRatePercent,
        Long amoPaidCents,
        Long participationCents,
        Long franchiseCents,
        Basket basket,
        Side side) {

    public CareLine {
        Objects.requireNonNull(careDate, "careDate");
        Objects.requireNonNull(careCategory, "careCategory");
        Objects.requireNonNull(actCode, "actCode");
        if (lineNumber < 1) {
            throw new IllegalArgumentException("lineNumber must be at least 1");
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1");
        }
        if (billedCents < 0 || baseCents < 0) {
            throw new IllegalArgumentException("billedCents and baseCents must not be negative");
        }
        if (amoRatePercent < 0 || amoRatePercent > 100) {
            throw new IllegalArgumentException("amoRatePercent must be within 0..100");
        }
        if (isNegative(amoPaidCents) || isNegative(participationCents) || isNegative(franchiseCents)) {
            throw new IllegalArgumentException("AMO amounts must not be negative");
        }
    }

    private static boolean isNegative(Long cents) {
        return cents != null && cents < 0;
    }

    public boolean optam() {
        return practitionerOptam == null || practitionerOptam;
    }

    public long participation() {
        return participationCents == null ? 0 : participationCents;
    }

    public long franchise() {
        return franchiseCents == null ? 0 : franchiseCents;
    }

    public Basket basketOrFree() {
        return basket == null ? Basket.FREE : basket;
    }

    public Side sideOrBoth() {
        return side == null ? Side.BOTH : side;
    }
}
