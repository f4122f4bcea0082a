package org.lumbar.program.programs;

import java.time.DayOfWeek;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lumbar.commons.http.ApiField;
import org.lumbar.contracts.program.Schedule;

import com.fasterxml.jackson.annotation.JsonIgnore;

@Schema(name = "ScheduleInput", description = "DAILY: timesPerDay each day; WEEKLY: minPerWeek-maxPerWeek sessions, "
        + "optionally never on consecutive days; WEEKDAYS: one session on each listed day")
public record ScheduleRequest(
        @NotNull @Schema(examples = "WEEKLY", required = true) Schedule.Kind kind,
        @Min(1) @Max(4) Integer timesPerDay,
        @Min(1) @Max(7) @Schema(examples = "3") Integer minPerWeek,
        @Min(1) @Max(7) @Schema(examples = "4") Integer maxPerWeek,
        boolean nonConsecutive,
        List<@NotNull DayOfWeek> weekdays) {

    @JsonIgnore
    @AssertTrue(message = "a WEEKLY schedule needs minPerWeek <= maxPerWeek")
    @ApiField("maxPerWeek")
    public boolean isWeeklyRangeValid() {
        return kind != Schedule.Kind.WEEKLY || (minPerWeek != null && maxPerWeek != null && minPerWeek <= maxPerWeek);
    }

    @JsonIgnore
    @AssertTrue(message = "no more than 4 sessions a week fit without consecutive days")
    @ApiField("nonConsecutive")
    public boolean isNonConsecutivePossible() {
        return kind != Schedule.Kind.WEEKLY || !nonConsecutive || maxPerWeek == null || maxPerWeek <= 4;
    }

    @JsonIgnore
    @AssertTrue(message = "a WEEKDAYS schedule needs at least one day, each once")
    @ApiField("weekdays")
    public boolean isWeekdaysValid() {
        return kind != Schedule.Kind.WEEKDAYS
                || (weekdays != null && !weekdays.isEmpty() && weekdays.stream().distinct().count() == weekdays.size());
    }

    public Schedule toSchedule() {
        return switch (kind) {
            case DAILY -> Schedule.daily(timesPerDay == null ? 1 : timesPerDay);
            case WEEKLY -> Schedule.weekly(minPerWeek, maxPerWeek, nonConsecutive);
            case WEEKDAYS -> Schedule.onWeekdays(weekdays.stream().sorted().toList());
        };
    }
}
