package org.lumbar.gateway.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.lumbar.gateway.config.GatewayConfig;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/**
 * One token bucket per caller: the token's subject for a signed-in user, the client address for anonymous calls
 * (public catalog reads). Buckets that have filled up again are forgotten once a minute.
 */
@ApplicationScoped
public class RateLimiter {

    private final GatewayConfig.RateLimit config;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(GatewayConfig config) {
        this.config = config.rateLimit();
    }

    void startSweeping(@Observes StartupEvent start, Vertx vertx) {
        vertx.setPeriodic(60_000, id -> sweep());
    }

    /**
     * @return 0 when the caller may go ahead, otherwise the whole seconds (at least 1) to wait: the
     *         {@code Retry-After} value
     */
    public long acquire(String caller) {
        if (!config.enabled()) {
            return 0;
        }
        long now = System.nanoTime();
        long waitNanos = buckets.computeIfAbsent(caller, key -> new TokenBucket(config.burst(), config.perSecond(), now))
                .take(now);
        return waitNanos == 0 ? 0 : Math.max(1, (waitNanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
    }

    /** The limit in words, for the 429 problem. */
    public String describe() {
        return config.burst() + " requests at once and " + config.perSecond() + " more a second per user";
    }

    void sweep() {
        long now = System.nanoTime();
        buckets.values().removeIf(bucket -> bucket.isFull(now));
    }
}
