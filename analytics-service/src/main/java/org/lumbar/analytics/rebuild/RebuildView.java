package org.lumbar.analytics.rebuild;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lumbar.analytics.domain.RebuildJob;

@Schema(name = "Rebuild", description = "A replay of program.events and session.events into fresh aggregates")
public record RebuildView(
        UUID id,
        @Schema(enumeration = { "running", "succeeded", "failed" }) String status,
        String requestedBy,
        Instant startedAt,
        Instant finishedAt,
        @Schema(description = "Program events applied") int programEvents,
        @Schema(description = "Session events applied") int sessionEvents,
        @Schema(description = "Records passed over: not valid events, or events that cannot be stored (the live consumer parked both on the dead-letter topics)") int unreadable,
        String error) {

    public static RebuildView of(RebuildJob job) {
        return new RebuildView(job.id, job.status, job.requestedBy, job.startedAt, job.finishedAt, job.programEvents,
                job.sessionEvents, job.unreadable, job.error);
    }
}
