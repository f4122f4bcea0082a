package org.lumbar.gateway.ratelimit;

/**
 * A token bucket: holds up to {@code capacity} tokens, regains {@code perSecond} a second, and each request takes
 * one. Thread-safe; times are {@link System#nanoTime()} values.
 */
final class TokenBucket {

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long updated;

    TokenBucket(double capacity, double perSecond, long now) {
        this.capacity = capacity;
        this.perNano = perSecond / 1_000_000_000d;
        this.tokens = capacity;
        this.updated = now;
    }

    /** Takes a token and answers 0, or answers how many nanoseconds until one is available. */
    synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / perNano);
    }

    /** Whether the bucket is full again, so forgetting it changes nothing. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        if (now > updated) {
            tokens = Math.min(capacity, tokens + (now - updated) * perNano);
            updated = now;
        }
    }
}
