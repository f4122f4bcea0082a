package org.lumbar.analytics.definitions;

import java.time.Duration;

/**
 * Exponential backoff between webhook attempts: after the n-th failed attempt the next one waits base × 2^(n−1), at
 * most {@code max}; there is no next attempt after the last allowed one.
 */
public final class Backoff {

    private Backoff() {
    }

    /** @param failedAttempts attempts made so far, all failed (1 or more) */
    public static Duration delay(int failedAttempts, Duration base, Duration max) {
        if (failedAttempts < 1) {
            return Duration.ZERO;
        }
        int exponent = Math.min(failedAttempts - 1, 30);
        Duration delay = base.multipliedBy(1L << exponent);
        return delay.compareTo(max) > 0 || delay.isNegative() ? max : delay;
    }

    public static boolean givesUp(int failedAttempts, int maxAttempts) {
        return failedAttempts >= maxAttempts;
    }
}
