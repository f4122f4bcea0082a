package org.lumbar.program.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateProgram", description = "Start a personal program from a template")
public record CreateProgramRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a template id such as gentle-relief")
        @Schema(examples = "gentle-relief", required = true) String templateId,
        @Size(max = 200) @Schema(description = "Only for clinicians: the patient the program is for") String patientId,
        @Size(max = 60) @Schema(description = "IANA time zone of the patient; UTC when left out", examples = "Europe/Amsterdam") String timeZone,
        @Schema(description = "First day of the program; today in the patient's time zone when left out") LocalDate startDate) {
}
