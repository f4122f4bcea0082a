package org.lumbar.commons.schedule;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.lumbar.contracts.program.Schedule;

/** A {@link Schedule} as table columns (schedule_kind, times_per_day, ...); weekdays as a comma-separated list. */
@Embeddable
public class ScheduleColumns {

    @Column(name = "schedule_kind", nullable = false)
    public String kind;

    @Column(name = "times_per_day")
    public Integer timesPerDay;

    @Column(name = "min_per_week")
    public Integer minPerWeek;

    @Column(name = "max_per_week")
    public Integer maxPerWeek;

    @Column(name = "non_consecutive", nullable = false)
    public boolean nonConsecutive;

    public String weekdays;

    public Schedule toSchedule() {
        List<DayOfWeek> days = weekdays == null || weekdays.isBlank() ? List.of()
                : Arrays.stream(weekdays.split(",")).map(DayOfWeek::valueOf).toList();
        return new Schedule(Schedule.Kind.valueOf(kind), timesPerDay, minPerWeek, maxPerWeek, nonConsecutive, days);
    }

    public static ScheduleColumns of(Schedule schedule) {
        ScheduleColumns columns = new ScheduleColumns();
        columns.kind = schedule.kind().name();
        columns.timesPerDay = schedule.timesPerDay();
        columns.minPerWeek = schedule.minPerWeek();
        columns.maxPerWeek = schedule.maxPerWeek();
        columns.nonConsecutive = schedule.nonConsecutive();
        columns.weekdays = schedule.weekdays() == null || schedule.weekdays().isEmpty() ? null
                : schedule.weekdays().stream().map(DayOfWeek::name).collect(Collectors.joining(","));
        return columns;
    }
}
