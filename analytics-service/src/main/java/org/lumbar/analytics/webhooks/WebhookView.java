package org.lumbar.analytics.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lumbar.analytics.domain.Webhook;

@Schema(name = "Webhook", description = "A clinic's webhook (the secret is never shown)")
public record WebhookView(
        UUID id,
        String clinicId,
        String url,
        List<String> eventTypes,
        String description,
        @Schema(description = "False once disabled after repeated failures; enable it again after fixing the endpoint") boolean enabled,
        @Schema(description = "Failed attempts in a row") int consecutiveFailures,
        Instant disabledAt,
        String disabledReason,
        String createdBy,
        Instant createdAt) {

    public static WebhookView of(Webhook w) {
        return new WebhookView(w.id, w.clinicId, w.url, w.eventTypeList(), w.description, w.enabled, w.consecutiveFailures,
                w.disabledAt, w.disabledReason, w.createdBy, w.createdAt);
    }
}
