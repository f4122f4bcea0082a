package org.lumbar.program.programs;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lumbar.contracts.program.Schedule;
import org.lumbar.program.domain.ProgramTemplate;
import org.lumbar.program.domain.TemplateItem;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Template", description = "A routine from the seeds that a program can start from")
public record TemplateView(
        @Schema(examples = "gentle-relief") String id,
        String name,
        String goal,
        String frequency,
        int minutesMin,
        int minutesMax,
        Schedule schedule,
        String notes,
        List<ItemView> items,
        List<String> sources) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TemplateItem", description = "An exercise with the dose range the seed gives")
    public record ItemView(String exercise, int setsMin, int setsMax, Integer repsMin, Integer repsMax,
            Integer holdSecondsMin, Integer holdSecondsMax, boolean perSide, String notes,
            @Schema(description = "warm-up for the items that open a session") String phase) {

        static ItemView of(TemplateItem i) {
            return new ItemView(i.exercise, i.setsMin, i.setsMax, i.repsMin, i.repsMax, i.holdSecondsMin,
                    i.holdSecondsMax, i.perSide, i.notes, i.phase);
        }
    }

    public static TemplateView of(ProgramTemplate t) {
        return new TemplateView(t.id, t.name, t.goal, t.frequency, t.minutesMin, t.minutesMax, t.schedule.toSchedule(),
                t.notes, t.items.stream().map(ItemView::of).toList(), Arrays.asList(t.sources.split(",")));
    }
}
