package org.lumbar.analytics.definitions;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.lumbar.commons.schedule.ScheduleVersion;
import org.lumbar.contracts.program.Schedule;

/** Programs for the definition tests. */
final class ScheduleFixtures {

    static final LocalDate MONDAY = LocalDate.of(2026, 10, 5); // 2026-W41

    private ScheduleFixtures() {
    }

    static ProgramSchedule daily(LocalDate start) {
        return new ProgramSchedule(UUID.randomUUID(), start, null,
                List.of(new ScheduleVersion(start, true, Schedule.daily(1))));
    }

    static ProgramSchedule nonConsecutive(LocalDate start) {
        return new ProgramSchedule(UUID.randomUUID(), start, null,
                List.of(new ScheduleVersion(start, true, Schedule.weekly(3, 4, true))));
    }

    static ProgramSchedule of(LocalDate start, LocalDate end, ScheduleVersion... versions) {
        return new ProgramSchedule(UUID.randomUUID(), start, end, List.of(versions));
    }
}
