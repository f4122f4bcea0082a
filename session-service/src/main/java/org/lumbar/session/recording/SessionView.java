package org.lumbar.session.recording;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Session", description = "A session with everything recorded in it")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionView(
        UUID id,
        String patientId,
        UUID programId,
        Integer programVersion,
        LocalDate plannedDate,
        @Schema(description = "IN_PROGRESS, COMPLETED or ABANDONED") String state,
        Instant startedAt,
        Instant endedAt,
        Integer painBefore,
        Integer painAfter,
        int setsPrescribed,
        int setsCompleted,
        @Schema(description = "Why an abandoned session ended: patient or idle") String endReason,
        List<SetView> sets,
        List<PainView> pains,
        List<NoteView> notes) {

    @Schema(name = "RecordedNote")
    public record NoteView(UUID id, String text, Instant occurredAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "RecordedSet")
    public record SetView(UUID id, String exercise, int setNumber, String side, Integer reps, Integer holdSeconds,
            Integer effort, Instant occurredAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "RecordedPain")
    public record PainView(UUID id, String exercise, int score, String timing, String quality, String location,
            String side, List<String> redFlags, boolean flareUp, Guidance guidance, Instant occurredAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Guidance", description = "What the patient should do now")
    public record Guidance(
            @Schema(description = "continue, modify, stop-exercise, rest-today, gentle-relief or stop-see-clinician")
            String action,
            String message,
            @Schema(description = "Slug of the easier variant to try instead") String modification,
            String modificationName,
            @Schema(description = "True when a clinician is alerted") boolean alert,
            @Schema(description = "The clinical rule that gave this answer (docs/clinical-rules.md)",
                    examples = "pain.warning.during-exercise") String ruleId) {
    }
}
