package org.lumbar.analytics.progress;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lumbar.analytics.definitions.ExpectedCourse;

@Schema(name = "Course", description = "The course the seed articles describe, and where the patient stands against it")
public record CourseView(
        @Schema(description = "The current week of the program (1 = the week the first program started)") Integer programWeek,
        @Schema(description = "The phase the current week is in") String phase,
        @Schema(description = "What the seeds say to expect in this phase") String expectation,
        @Schema(description = "no-pain-data, improvement-reached, too-early-to-tell, improving, not-improving or "
                + "behind-expected-course") String status,
        List<ExpectedCourse.Milestone> milestones) {
}
