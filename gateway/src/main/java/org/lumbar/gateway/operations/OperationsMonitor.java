package org.lumbar.gateway.operations;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lumbar.gateway.config.GatewayConfig;
import org.lumbar.gateway.http.Problems;
import org.lumbar.gateway.http.SignedIn;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The operations page's figures: every few seconds the gateway reads each service's readiness and Prometheus
 * metrics (and its own, and Keycloak's health), keeps the last minutes of samples, and answers
 * {@code GET /api/operations} to administrators. This is the one-command platform's dashboard; docker-compose has
 * Prometheus and Grafana for the same figures.
 */
@ApplicationScoped
public class OperationsMonitor {

    static final String PATH = "/api/operations";
    private static final String ADMIN = "admin";
    /** Requests the figures describe: the API's, not health checks and metrics reads, nor hour-long event streams. */
    private static final java.util.function.Predicate<Map<String, String>> API_REQUESTS = labels -> {
        String uri = labels.getOrDefault("uri", "");
        return !uri.startsWith("/q/") && !uri.endsWith("/stream");
    };

    private final GatewayConfig config;
    private final Duration interval;
    private final int kept;
    private final URI keycloakHealth;
    private final int gatewayPort;
    private final Map<String, Target> targets = new LinkedHashMap<>();
    private Vertx vertx;
    private HttpClient client;
    private long timer = -1;
    private volatile JsonObject keycloak = new JsonObject().put("status", "UNKNOWN");

    public OperationsMonitor(GatewayConfig config,
            @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int gatewayPort) {
        this.config = config;
        this.interval = config.operations().interval();
        this.kept = (int) Math.max(2, config.operations().window().toMillis() / interval.toMillis());
        this.keycloakHealth = config.operations().keycloakHealth();
        this.gatewayPort = gatewayPort;
    }

    void mount(@Observes Router router, Vertx vertx) {
        this.vertx = vertx;
        this.client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(8).setConnectTimeout(1000));
        targets.put("gateway", new Target("gateway", URI.create("http://localhost:" + gatewayPort)));
        config.services().forEach((name, upstream) -> targets.put(name, new Target(name + "-service", upstream.url())));
        router.get(PATH).handler(this::answer);
        timer = vertx.setPeriodic(1000, interval.toMillis(), id -> sample());
    }

    private void answer(RoutingContext rc) {
        SecurityIdentity identity = SignedIn.identity(rc).orElse(null);
        if (identity == null) {
            Problems.send(rc.response(), 401, "Sign in as an administrator to see the platform's operations");
            return;
        }
        if (!identity.hasRole(ADMIN)) {
            Problems.send(rc.response(), 403, "Only administrators see the platform's operations");
            return;
        }
        JsonArray services = new JsonArray();
        targets.values().forEach(target -> services.add(target.toJson()));
        rc.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(new JsonObject()
                        .put("intervalSeconds", interval.toSeconds())
                        .put("services", services)
                        .put("keycloak", keycloak)
                        .encode());
    }

    private void sample() {
        long at = System.currentTimeMillis();
        for (Target target : targets.values()) {
            get(target.url.resolve("/q/health/ready")).onComplete(health -> target.health(at, health.succeeded()
                    ? health.result() : null));
            get(target.url.resolve("/q/metrics")).onComplete(metrics -> {
                if (metrics.succeeded() && metrics.result().status() == 200) {
                    target.metrics(at, PrometheusText.parse(metrics.result().body().toString()));
                }
            });
        }
        get(keycloakHealth).onComplete(health -> keycloak = new JsonObject()
                .put("status", health.succeeded() && health.result().status() == 200 ? "UP" : "DOWN")
                .put("checkedAt", at));
    }

    private record Answer(int status, Buffer body) {
    }

    private Future<Answer> get(URI url) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(url.getHost())
                .setPort(url.getPort()).setURI(url.getRawPath()).setIdleTimeout(2000);
        return client.request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> new Answer(response.statusCode(), body)));
    }

    /** One service as the monitor last saw it, with its recent samples. */
    private final class Target {
        final String name;
        final URI url;
        final Deque<JsonObject> samples = new ArrayDeque<>();
        volatile JsonObject health = new JsonObject().put("status", "UNKNOWN").put("checks", new JsonArray());
        private PrometheusText previous;
        private long previousAt;

        Target(String name, URI url) {
            this.name = name;
            this.url = url;
        }

        void health(long at, Answer answer) {
            if (answer == null) {
                health = new JsonObject().put("status", "DOWN").put("reason", "not reachable").put("checkedAt", at)
                        .put("checks", new JsonArray());
                return;
            }
            try {
                JsonObject body = answer.body().toJsonObject();
                JsonArray checks = new JsonArray();
                for (Object check : body.getJsonArray("checks", new JsonArray())) {
                    JsonObject c = (JsonObject) check;
                    checks.add(new JsonObject().put("name", c.getString("name")).put("status", c.getString("status")));
                }
                health = new JsonObject().put("status", body.getString("status", "DOWN")).put("checkedAt", at)
                        .put("checks", checks);
            } catch (RuntimeException e) {
                health = new JsonObject().put("status", "DOWN").put("reason", "unreadable health answer")
                        .put("checkedAt", at).put("checks", new JsonArray());
            }
        }

        synchronized void metrics(long at, PrometheusText now) {
            if (previous != null) {
                double seconds = Math.max(0.001, (at - previousAt) / 1000.0);
                Double requestsNow = now.sum("http_server_requests_seconds_count", API_REQUESTS);
                Double requestsBefore = previous.sum("http_server_requests_seconds_count", API_REQUESTS);
                JsonObject sample = new JsonObject().put("at", at);
                if (requestsNow != null) {
                    sample.put("requestsPerSecond", round(Math.max(0, requestsNow - (requestsBefore == null ? 0 : requestsBefore)) / seconds));
                }
                Double p99 = Histograms.quantile(0.99,
                        previous.buckets("http_server_requests_seconds", API_REQUESTS),
                        now.buckets("http_server_requests_seconds", API_REQUESTS));
                sample.put("p99Ms", p99 == null ? null : round(p99 * 1000));
                sample.put("outboxBacklog", now.sum("lumbar_outbox_backlog"));
                sample.put("oldestUnsentSeconds", now.max("lumbar_outbox_oldest_unsent_age_seconds"));
                sample.put("consumerLag", now.max("kafka_consumer_fetch_manager_records_lag_max"));
                sample.put("deadLetters", now.sum("lumbar_events_dead_lettered_total"));
                samples.addLast(sample);
                while (samples.size() > kept) {
                    samples.removeFirst();
                }
            }
            previous = now;
            previousAt = at;
        }

        synchronized JsonObject toJson() {
            return new JsonObject().put("name", name).put("health", health)
                    .put("samples", new JsonArray(new ArrayList<>(samples)));
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    @PreDestroy
    void stop() {
        if (vertx != null && timer >= 0) {
            vertx.cancelTimer(timer);
        }
        if (client != null) {
            client.close();
        }
    }
}
