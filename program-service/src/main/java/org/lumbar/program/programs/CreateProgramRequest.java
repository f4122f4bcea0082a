package org.lumbar.program.programs;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lumbar.commons.http.ApiField;
import org.lumbar.program.screening.ScreeningRequest;

import com.fasterxml.jackson.annotation.JsonIgnore;

@Schema(name = "CreateProgram", description = "A program from a template (items and schedule may override it), "
        + "or from items and a schedule")
public record CreateProgramRequest(
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a template id such as gentle-relief")
        @Schema(examples = "core-strengthening") String templateId,
        @Size(min = 1, max = 30) List<@Valid @NotNull ItemRequest> items,
        @Valid ScheduleRequest schedule,
        @Size(max = 200) @Schema(description = "Only for clinicians: the patient the program is for") String patientId,
        @Size(max = 60) @Schema(description = "IANA time zone of the patient; UTC when left out", examples = "Europe/Amsterdam") String timeZone,
        @Schema(description = "First day; today in the patient's time zone when left out") LocalDate startDate,
        @Schema(description = "Last day sessions are expected; open-ended when left out") LocalDate endDate,
        @Valid @Schema(description = "The patient's screening answers, when not already given through /screenings")
        ScreeningRequest screening) {

    @JsonIgnore
    @AssertTrue(message = "give a templateId, or items and a schedule")
    @ApiField("templateId")
    public boolean isSourceGiven() {
        return templateId != null || (items != null && schedule != null);
    }

    @JsonIgnore
    @AssertTrue(message = "endDate must not be before startDate")
    @ApiField("endDate")
    public boolean isEndAfterStart() {
        return endDate == null || startDate == null || !endDate.isBefore(startDate);
    }
}
