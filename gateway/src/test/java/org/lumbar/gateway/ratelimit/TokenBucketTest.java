package org.lumbar.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void aFullBucketLetsABurstThroughThenRefillsAtTheRate() {
        TokenBucket bucket = new TokenBucket(3, 2, 0);
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        long wait = bucket.take(0);
        assertThat(wait).isEqualTo(SECOND / 2);
        // half a second later one token is back, and only one
        assertThat(bucket.take(SECOND / 2)).isZero();
        assertThat(bucket.take(SECOND / 2)).isPositive();
    }

    @Test
    void itNeverHoldsMoreThanItsCapacity() {
        TokenBucket bucket = new TokenBucket(2, 10, 0);
        assertThat(bucket.isFull(100 * SECOND)).isTrue();
        assertThat(bucket.take(100 * SECOND)).isZero();
        assertThat(bucket.take(100 * SECOND)).isZero();
        assertThat(bucket.take(100 * SECOND)).isPositive();
        assertThat(bucket.isFull(100 * SECOND)).isFalse();
    }
}
