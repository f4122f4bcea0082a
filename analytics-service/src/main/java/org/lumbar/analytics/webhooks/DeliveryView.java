package org.lumbar.analytics.webhooks;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lumbar.analytics.domain.WebhookDelivery;

@Schema(name = "WebhookDelivery", description = "One event sent (or being sent) to a webhook")
public record DeliveryView(
        long id,
        UUID eventId,
        String eventType,
        String subject,
        Instant occurredAt,
        @Schema(enumeration = { "pending", "delivered", "failed" }) String status,
        int attempts,
        Instant nextAttemptAt,
        Instant lastAttemptAt,
        @Schema(description = "HTTP status of the last attempt; null when no answer came") Integer lastStatus,
        String lastError,
        Instant deliveredAt,
        Instant createdAt) {

    public static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(d.id, d.eventId, d.eventType, d.subject, d.occurredAt, d.status, d.attempts,
                d.nextAttemptAt, d.lastAttemptAt, d.lastStatus, d.lastError, d.deliveredAt, d.createdAt);
    }
}
