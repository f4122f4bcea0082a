package org.lumbar.session.recording;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StartSession", description = "Begin a session of a program (or an ad hoc one without programId)")
public record StartSessionRequest(
        @Schema(description = "The program followed; its current version is recorded") UUID programId,
        @Schema(description = "The planned day this session is for; today when left out") LocalDate plannedDate) {
}
