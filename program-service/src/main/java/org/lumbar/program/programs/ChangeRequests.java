package org.lumbar.program.programs;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the calls that make a new program version. */
public final class ChangeRequests {

    private ChangeRequests() {
    }

    @Schema(name = "ChangeItems", description = "Replace the program's items; makes a new version")
    public record Items(
            @NotNull @Size(min = 1, max = 30) List<@Valid @NotNull ItemRequest> items,
            @Size(max = 500) String reason) {
    }

    @Schema(name = "ChangeSchedule", description = "Replace the program's schedule; makes a new version")
    public record ScheduleChange(
            @NotNull @Valid ScheduleRequest schedule,
            @Size(max = 500) String reason) {
    }

    @Schema(name = "StatusChange", description = "Why the program is paused, resumed or ended")
    public record StatusChange(@Size(max = 500) String reason) {
    }
}
