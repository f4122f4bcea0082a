package org.lumbar.session.movement;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordedMovement")
public record MovementView(UUID id, String kind, int minutes, Instant occurredAt) {

    static MovementView of(Movement m) {
        return new MovementView(m.id, m.kind, m.minutes, m.occurredAt);
    }
}
