package org.lumbar.session.recording;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Note", description = "A free-text note, e.g. a non-scale victory: \"carried the shopping without a twinge\"")
public record NoteRequest(
        @Schema(description = "Client-generated id; a note sent twice with the same id is recorded once") UUID id,
        @NotBlank @Size(max = 2000) @Schema(required = true, examples = "Sat through a whole film without shifting") String text,
        @Schema(description = "When it was written; now when left out") Instant occurredAt) {
}
