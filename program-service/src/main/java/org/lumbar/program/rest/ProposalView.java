package org.lumbar.program.rest;

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
        @Schema(description = "INCREASE_HOLD, ADD_SET, MOVE_TO_HARDER, MOVE_TO_EASIER or PAUSE_AND_SEE_CLINICIAN") String kind,
        String targetExercise,
        Integer newSets,
        Integer newHoldSeconds,
        String reason,
        @Schema(description = "PENDING, ACCEPTED, DECLINED or SUPERSEDED") String status,
        Instant createdAt,
        Instant decidedAt) {

    public static ProposalView of(Proposal p) {
        return new ProposalView(p.id, p.programId, p.basedOn, p.exercise, p.kind.name(), p.targetExercise, p.newSets,
                p.newHold, p.reason, p.status.name(), p.createdAt, p.decidedAt);
    }
}
