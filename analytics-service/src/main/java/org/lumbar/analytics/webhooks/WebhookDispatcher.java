package org.lumbar.analytics.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.lumbar.analytics.config.AnalyticsConfig;
import org.lumbar.analytics.definitions.Backoff;
import org.lumbar.analytics.definitions.WebhookSignature;
import org.lumbar.analytics.definitions.WebhookTargets;
import org.lumbar.analytics.domain.Webhook;
import org.lumbar.analytics.domain.WebhookDelivery;
import org.lumbar.commons.outbox.OutboxConfig;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends due webhook deliveries ({@code lumbar.analytics.webhooks.poll}, every 2 s by default): the event's JSON as the
 * body, its CloudEvents attributes as {@code ce-*} headers (HTTP binary mode), signed as Standard Webhooks sign
 * ({@link WebhookSignature}). A 2xx answer delivers it; anything else (or no answer within
 * the timeout) is retried with exponential backoff up to {@code max-attempts}. A webhook whose attempts fail
 * {@code disable-after-failures} times in a row is disabled; its deliveries wait until a clinician enables it again.
 * Redirects are not followed.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final AnalyticsConfig.Webhooks config;
    private final URI source;
    private final MeterRegistry metrics;
    private final HttpClient http;

    public WebhookDispatcher(AnalyticsConfig config, OutboxConfig outbox, MeterRegistry metrics) {
        this.config = config.webhooks();
        this.source = outbox.source();
        this.metrics = metrics;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(this.config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** What one attempt needs, read in a short transaction so no transaction is open while waiting on a receiver. */
    record Attempt(long deliveryId, UUID webhookId, String url, String secret, UUID eventId, String eventType,
            String subject, Instant occurredAt, String payload, int number) {
    }

    record Outcome(Attempt attempt, Integer status, String error, Instant at) {
        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    @Scheduled(every = "${lumbar.analytics.webhooks.poll}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            deliverDue(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        } catch (RuntimeException e) {
            LOG.warnf("Webhook pass failed, retrying on the next one: %s", e.getMessage());
        }
    }

    /** Sends every delivery due at {@code now} (at most a batch), side by side; @return how many were delivered */
    public int deliverDue(Instant now) {
        List<Attempt> due = QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.getEntityManager()
                .createQuery("select d, w from WebhookDelivery d, Webhook w where w.id = d.webhookId and w.enabled = true "
                        + "and d.status = :pending and d.nextAttemptAt <= :now order by d.nextAttemptAt, d.id", Object[].class)
                .setParameter("pending", WebhookDelivery.PENDING)
                .setParameter("now", now)
                .setMaxResults(config.batchSize())
                .getResultList().stream()
                .map(row -> {
                    WebhookDelivery d = (WebhookDelivery) row[0];
                    Webhook w = (Webhook) row[1];
                    return new Attempt(d.id, w.id, w.url, w.secret, d.eventId, d.eventType, d.subject, d.occurredAt,
                            d.payload, d.attempts + 1);
                }).toList());
        List<CompletableFuture<Outcome>> sends = new ArrayList<>();
        for (Attempt attempt : due) {
            sends.add(send(attempt));
        }
        int delivered = 0;
        for (CompletableFuture<Outcome> send : sends) {
            Outcome outcome = send.join();
            QuarkusTransaction.requiringNew().run(() -> record(outcome));
            delivered += outcome.delivered() ? 1 : 0;
        }
        return delivered;
    }

    private CompletableFuture<Outcome> send(Attempt attempt) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        long timestamp = at.getEpochSecond();
        HttpRequest.Builder request;
        URI url;
        try {
            url = URI.create(attempt.url());
            request = HttpRequest.newBuilder(url);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Outcome(attempt, null, "Not a valid URL", at));
        }
        // checked again at each attempt: the name may resolve elsewhere than when the webhook was registered
        Optional<String> refused = WebhookTargets.refusal(url.getHost(), config.allowPrivateAddresses());
        if (refused.isPresent()) {
            return CompletableFuture.completedFuture(new Outcome(attempt, null, "Refused: URL " + refused.get(), at));
        }
        request.timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "lumbar-analytics-webhooks/1")
                .header("ce-specversion", "1.0")
                .header("ce-id", attempt.eventId().toString())
                .header("ce-type", attempt.eventType())
                .header("ce-source", source.toString())
                // Instant prints its seconds even when they are 0, as RFC 3339 needs (OffsetDateTime leaves them out)
                .header("ce-time", attempt.occurredAt().toString())
                .header("Lumbar-Webhook-Id", attempt.webhookId().toString())
                .header("Lumbar-Delivery-Attempt", Integer.toString(attempt.number()))
                .header(WebhookSignature.ID_HEADER, attempt.eventId().toString())
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER,
                        WebhookSignature.sign(attempt.secret(), attempt.eventId().toString(), timestamp, attempt.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(attempt.payload()));
        if (attempt.subject() != null) {
            request.header("ce-subject", attempt.subject());
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> failure == null
                        ? new Outcome(attempt, response.statusCode(), response.statusCode() / 100 == 2 ? null
                                : "HTTP " + response.statusCode(), at)
                        : new Outcome(attempt, null, describe(failure), at));
    }

    void record(Outcome outcome) {
        WebhookDelivery delivery = WebhookDelivery.findById(outcome.attempt().deliveryId());
        Webhook webhook = Webhook.findById(outcome.attempt().webhookId());
        if (delivery == null || webhook == null || !WebhookDelivery.PENDING.equals(delivery.status)) {
            return; // deleted, or settled by another pass meanwhile
        }
        delivery.attempts++;
        delivery.lastAttemptAt = outcome.at();
        delivery.lastStatus = outcome.status();
        delivery.lastError = outcome.error();
        if (outcome.delivered()) {
            delivery.status = WebhookDelivery.DELIVERED;
            delivery.deliveredAt = outcome.at();
            delivery.nextAttemptAt = null;
            webhook.consecutiveFailures = 0;
            metrics.counter("lumbar_webhook_deliveries_total", "outcome", "delivered").increment();
            return;
        }
        metrics.counter("lumbar_webhook_deliveries_total", "outcome", "failed-attempt").increment();
        if (Backoff.givesUp(delivery.attempts, config.maxAttempts())) {
            delivery.status = WebhookDelivery.FAILED;
            delivery.nextAttemptAt = null;
        } else {
            delivery.nextAttemptAt = outcome.at().plus(Backoff.delay(delivery.attempts, config.backoffBase(),
                    config.backoffMax()));
        }
        webhook.consecutiveFailures++;
        if (webhook.enabled && webhook.consecutiveFailures >= config.disableAfterFailures()) {
            webhook.enabled = false;
            webhook.disabledAt = outcome.at();
            webhook.disabledReason = "Disabled after " + webhook.consecutiveFailures + " failed attempts in a row; last: "
                    + outcome.error();
            LOG.warnf("Webhook %s of %s disabled: %s", webhook.id, webhook.clinicId, webhook.disabledReason);
        }
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        String message = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return message.length() > 500 ? message.substring(0, 500) : message;
    }

}
