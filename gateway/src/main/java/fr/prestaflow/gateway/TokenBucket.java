package fr.prestaflow.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A token bucket: {@code capacity} requests at once, refilled continuously at capacity per period. */
final class TokenBucket {

    private final int capacity;
    private final long nanosPerToken;
    private double tokens;
    private Instant refilledAt;

    TokenBucket(GatewaySettings.Bucket settings, Instant now) {
        this.capacity = settings.capacity();
        this.nanosPerToken = Math.max(1, settings.period().toNanos() / settings.capacity());
        this.tokens = capacity;
        this.refilledAt = now;
    }

    /** Takes a token; when none is left, how long until one is. */
    synchronized Optional<Duration> tryTake(Instant now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos((long) Math.ceil((1 - tokens) * nanosPerToken)));
    }

    /** Full again: nothing is lost by forgetting it. */
    synchronized boolean full(Instant now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(Instant now) {
        long elapsed = Duration.between(refilledAt, now).toNanos();
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + (double) elapsed / nanosPerToken);
            refilledAt = now;
        }
    }
}
