package org.lumbar.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What the gateway routes where, and how patient it is. Service URLs default to the local platform's ports and
 * follow {@code LUMBAR_CATALOG_URL}, {@code LUMBAR_PROGRAM_URL}, {@code LUMBAR_SESSION_URL} and
 * {@code LUMBAR_ANALYTICS_URL} (see application.properties).
 */
@ConfigMapping(prefix = "lumbar.gateway")
public interface GatewayConfig {

    /** The upstream services by short name ({@code catalog}, {@code program}, ...). */
    Map<String, Upstream> services();

    RateLimit rateLimit();

    /** The operations page's samples of every service's health and metrics (operations/OperationsMonitor). */
    Operations operations();

    /**
     * How long a Server-Sent Events stream may stay silent before the gateway closes it (the client reconnects);
     * replaces the upstream's response timeout once the stream has started.
     */
    @WithDefault("30m")
    Duration streamIdleTimeout();

    interface Upstream {

        /** Where the service listens, e.g. {@code http://localhost:8081}. */
        URI url();

        /**
         * The first path segments the service owns, as the service names them ({@code /exercises}); the gateway
         * serves each under {@code /api} ({@code /api/exercises/...}) and strips the prefix on the way in.
         */
        List<String> routes();

        /** Whether GET and HEAD on this service's routes need no token (the exercise catalog). */
        @WithDefault("false")
        boolean publicReads();

        /** How long to wait for a connection; an unreachable service answers 503 after at most this. */
        @WithDefault("2s")
        Duration connectTimeout();

        /** How long the service may stay silent (before its answer, or within it) before the gateway answers 504. */
        @WithDefault("15s")
        Duration responseTimeout();
    }

    interface Operations {

        /** How often each service's readiness and metrics are read. */
        @WithDefault("5s")
        Duration interval();

        /** How far back the page's charts reach. */
        @WithDefault("10m")
        Duration window();

        /** Keycloak's readiness (its management port in the local platform). */
        @WithDefault("http://localhost:9000/health/ready")
        URI keycloakHealth();
    }

    interface RateLimit {

        @WithDefault("true")
        boolean enabled();

        /** Requests a user (token subject, or client address when anonymous) may make at once. */
        @WithDefault("40")
        int burst();

        /** Requests per second a user regains, up to {@link #burst()}. */
        @WithDefault("20")
        double perSecond();
    }
}
