package org.lumbar.gateway.proxy;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.lumbar.gateway.config.GatewayConfig;
import org.lumbar.gateway.http.Problems;
import org.lumbar.gateway.http.SignedIn;
import org.lumbar.gateway.ratelimit.RateLimiter;
import org.lumbar.gateway.web.BrowserSessions;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.vertx.ContextLocals;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;

/**
 * Mounts {@code /api/...} on the Quarkus router: each service's paths go through a Vert.x HTTP Proxy to that
 * service, after the token check and the per-user rate limit. quarkus-oidc has verified any presented token before
 * (proactive authentication; a bad one never gets here); this class refuses anonymous calls to anything but public
 * routes. The proxy passes the bearer token on untouched.
 */
@ApplicationScoped
public class ApiRoutes {

    static final String PREFIX = "/api";
    static final String REQUESTED_WITH = "X-Requested-With";

    private static final Logger LOG = Logger.getLogger(ApiRoutes.class);
    /** The metrics' {@code uri} tag: ids, slugs and dates are folded so the tag stays a short list. */
    private static final Pattern VARIABLE_SEGMENT = Pattern.compile(".*[0-9-].*");

    private final GatewayConfig config;
    private final RateLimiter rateLimiter;
    private final MeterRegistry metrics;
    private final long maxBodySize;
    private final Counter rateLimited;
    private HttpClient client;

    public ApiRoutes(GatewayConfig config, RateLimiter rateLimiter, MeterRegistry metrics,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.config = config;
        this.rateLimiter = rateLimiter;
        this.metrics = metrics;
        this.maxBodySize = maxBodySize.asLongValue();
        this.rateLimited = Counter.builder("lumbar_gateway_rate_limited_total")
                .description("Requests refused with 429 by the per-user rate limit").register(metrics);
    }

    void mount(@Observes Router router, Vertx vertx) {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true)
                .setMaxPoolSize(64)
                .setMaxWaitQueueSize(1024));

        // Before Quarkus' own limit check, so a declared oversized body is refused as problem+json too.
        router.route().order(-3).handler(this::refuseDeclaredOversizedBody);

        for (Map.Entry<String, GatewayConfig.Upstream> entry : config.services().entrySet()) {
            Upstream upstream = new Upstream(entry.getKey(), entry.getValue(), config, maxBodySize, metrics);
            // the series exist from the start, so dashboards show 0 rather than nothing
            for (int status : new int[] { 502, 503, 504 }) {
                Upstream.failures(metrics, upstream.name(), status);
            }
            HttpProxy proxy = HttpProxy.reverseProxy(client).addInterceptor(upstream);
            for (String route : upstream.routes()) {
                router.routeWithRegex(Pattern.quote(PREFIX + route) + "(/.*)?").handler(rc -> forward(rc, upstream, proxy));
            }
            router.route(upstream.docsPath()).handler(rc -> forward(rc, upstream, proxy));
            LOG.infof("Routing %s to %s (%s)", upstream.routes().stream().map(r -> PREFIX + r).toList(),
                    entry.getValue().url(), upstream.name());
        }

        router.route(PREFIX + "/*").order(100_000).handler(rc -> {
            if (isAnonymous(rc)) {
                refuseAnonymous(rc);
            } else {
                Problems.send(rc.response(), 404, "No Lumbar API at " + rc.request().path());
            }
        });
    }

    private void refuseDeclaredOversizedBody(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBodySize) {
                    rc.response().putHeader(HttpHeaders.CONNECTION, "close");
                    rc.response().endHandler(v -> rc.request().connection().close());
                    Problems.send(rc.response(), 413, "The request body is larger than " + maxBodySize
                            + " bytes (quarkus.http.limits.max-body-size)", "body");
                    return;
                }
            } catch (NumberFormatException e) {
                Problems.send(rc.response(), 400, "Content-Length: must be a number of bytes", "Content-Length");
                return;
            }
        }
        rc.next();
    }

    private void forward(RoutingContext rc, Upstream upstream, HttpProxy proxy) {
        ContextLocals.put("UrlPathTemplate", uriTemplate(rc.request().path()));
        if (isAnonymous(rc) && !upstream.isPublic(rc.request())) {
            refuseAnonymous(rc);
            return;
        }
        Optional<SecurityIdentity> signedIn = SignedIn.identity(rc);
        if (signedIn.isPresent() && BrowserSessions.isBrowserSession(rc) && !actAsBrowserSession(rc, signedIn.get())) {
            return;
        }
        long retryAfter = rateLimiter.acquire(caller(rc));
        if (retryAfter > 0) {
            rateLimited.increment();
            rc.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
            Problems.send(rc.response(), 429, "Too many requests; try again in " + retryAfter + " s (the limit is "
                    + rateLimiter.describe() + ")", "lumbar.gateway.rate-limit");
            return;
        }
        proxy.handle(rc.request());
    }

    /**
     * A request signed in by the browser session goes on with the session's access token, like any bearer call. A
     * change must carry {@code X-Requested-With}: a page on another site cannot add that header without a CORS
     * preflight the gateway refuses, so a forged form post never acts for the patient (with SameSite cookies as
     * the first fence).
     */
    private static boolean actAsBrowserSession(RoutingContext rc, SecurityIdentity identity) {
        HttpMethod method = rc.request().method();
        boolean safe = method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS;
        if (!safe && !rc.request().headers().contains(REQUESTED_WITH)) {
            Problems.send(rc.response(), 403, "A change from the web app must carry the " + REQUESTED_WITH
                    + " header", REQUESTED_WITH);
            return false;
        }
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token == null) {
            refuseAnonymous(rc);
            return false;
        }
        rc.request().headers().set(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken());
        return true;
    }

    private static boolean isAnonymous(RoutingContext rc) {
        return SignedIn.identity(rc).isEmpty();
    }

    static void refuseAnonymous(RoutingContext rc) {
        rc.response().putHeader("WWW-Authenticate", "Bearer realm=\"lumbar\"");
        Problems.send(rc.response(), 401, "A bearer token from the lumbar realm is required");
    }

    /** The token's subject for a signed-in caller, the client address otherwise. */
    static String caller(RoutingContext rc) {
        Optional<SecurityIdentity> signedIn = SignedIn.identity(rc);
        if (signedIn.isPresent()) {
            SecurityIdentity identity = signedIn.get();
            if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
                return "sub:" + token.getSubject();
            }
            return "user:" + identity.getPrincipal().getName();
        }
        return "ip:" + (rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress());
    }

    /** {@code /api/sessions/0b1c.../sets} becomes {@code /api/sessions/{id}/sets}. */
    static String uriTemplate(String path) {
        String[] segments = path.split("/");
        StringBuilder template = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            template.append('/').append(i > 2 && VARIABLE_SEGMENT.matcher(segments[i]).matches() ? "{id}" : segments[i]);
        }
        return template.length() == 0 ? "/" : template.toString();
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }
}
