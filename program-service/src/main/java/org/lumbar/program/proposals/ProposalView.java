package org.lumbar.program.proposals;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lumbar.program.domain.Proposal;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Proposal", description = "A change the progression rules suggest")
public record ProposalView(
        UUID id,
        UUID programId,
        @Schema(description = "Program version it was made for") int basedOnVersion,
        String exercise,
        @Schema(description = "MORE_REPS, INCREASE_HOLD, ADD_SET, MOVE_TO_HARDER, MOVE_TO_EASIER or LOWER_DOSE "
                + "(PAUSE_AND_SEE_CLINICIAN on older proposals)") String kind,
        String targetExercise,
        Integer newSets,
        Integer newReps,
        Integer newHoldSeconds,
        Boolean newPerSide,
        @Schema(description = "The clinical rule that made the proposal", examples = "progression.more-reps") String ruleId,
        String reason,
        @Schema(description = "PENDING, ACCEPTED, DECLINED or SUPERSEDED") String status,
        Instant createdAt,
        Instant decidedAt) {

    public static ProposalView of(Proposal p) {
        return new ProposalView(p.id, p.programId, p.basedOn, p.exercise, p.kind.name(), p.targetExercise, p.newSets,
                p.newReps, p.newHold, p.newPerSide, p.ruleId, p.reason, p.status.name(), p.createdAt, p.decidedAt);
    }
}
