package org.lumbar.analytics.webhooks;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookRequest", description = "Where to POST progress events, the secret to sign them with, and which")
public record WebhookRequest(
        @NotBlank @Size(max = 2000) @Schema(examples = "https://clinic.example/lumbar-events", description = "An absolute http or https URL") String url,
        @NotBlank @Size(min = 16, max = 200) @Schema(description = "16 to 200 characters, never shown again: the HMAC-SHA256 key of the Standard Webhooks signature (whsec_ and base64 is read as Standard Webhooks secrets are; any other secret is its UTF-8 bytes, and whsec_ with their base64 is its form for a Standard Webhooks library)") String secret,
        @Schema(description = "CloudEvents types to receive; every progress event type when left out", examples = "[\"lumbar.progress.alert-raised.v1\"]") List<String> eventTypes,
        @Size(max = 200) String description) {
}
