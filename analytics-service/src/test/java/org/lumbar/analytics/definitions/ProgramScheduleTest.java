package org.lumbar.analytics.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lumbar.analytics.definitions.ScheduleFixtures.MONDAY;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lumbar.commons.schedule.ScheduleVersion;
import org.lumbar.contracts.program.Schedule;

class ProgramScheduleTest {

    static Stream<Arguments> weeks() {
        LocalDate sunday = MONDAY.plusDays(6);
        return Stream.of(
                Arguments.of("no program at all", List.of(), 0, false, false),
                Arguments.of("daily from Monday", List.of(ScheduleFixtures.daily(MONDAY)), 7, true, false),
                Arguments.of("daily from Wednesday", List.of(ScheduleFixtures.daily(MONDAY.plusDays(2))), 5, false, false),
                Arguments.of("starts next week", List.of(ScheduleFixtures.daily(MONDAY.plusDays(7))), 0, false, false),
                Arguments.of("paused the whole week", List.of(ScheduleFixtures.of(MONDAY.minusDays(7), null,
                        new ScheduleVersion(MONDAY.minusDays(7), true, Schedule.daily(1)),
                        new ScheduleVersion(MONDAY, false, Schedule.daily(1)))), 0, false, false),
                Arguments.of("paused from Thursday", List.of(ScheduleFixtures.of(MONDAY, null,
                        new ScheduleVersion(MONDAY, true, Schedule.daily(1)),
                        new ScheduleVersion(MONDAY.plusDays(3), false, Schedule.daily(1)))), 3, true, false),
                Arguments.of("twice a day from Wednesday on", List.of(ScheduleFixtures.of(MONDAY, null,
                        new ScheduleVersion(MONDAY, true, Schedule.daily(1)),
                        new ScheduleVersion(MONDAY.plusDays(2), true, Schedule.daily(2)))), 12, true, false),
                Arguments.of("ended on Tuesday", List.of(ScheduleFixtures.of(MONDAY, MONDAY.plusDays(1),
                        new ScheduleVersion(MONDAY, true, Schedule.daily(1)))), 2, true, false),
                Arguments.of("non-consecutive 3-4 a week", List.of(ScheduleFixtures.nonConsecutive(MONDAY)), 4, true, true),
                Arguments.of("weekdays Mon, Wed, Fri", List.of(ScheduleFixtures.of(MONDAY, null, new ScheduleVersion(MONDAY,
                        true, Schedule.onWeekdays(List.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.WEDNESDAY,
                                java.time.DayOfWeek.FRIDAY))))), 3, true, false),
                Arguments.of("two programs", List.of(ScheduleFixtures.daily(MONDAY), ScheduleFixtures.nonConsecutive(MONDAY)),
                        11, true, true),
                Arguments.of("non-consecutive only from Sunday", List.of(ScheduleFixtures.of(MONDAY, null,
                        new ScheduleVersion(MONDAY, true, Schedule.daily(1)),
                        new ScheduleVersion(sunday, true, Schedule.weekly(3, 4, true)))), 7, true, true));
    }

    @ParameterizedTest(name = "{0}: {2} sessions, active Monday {3}, non-consecutive rule {4}")
    @MethodSource("weeks")
    void aWeekIsPlannedByTheVersionsInForce(String name, List<ProgramSchedule> programs, int planned, boolean activeMonday,
            boolean nonConsecutive) {
        LocalDate sunday = MONDAY.plusDays(6);
        assertThat(ProgramSchedule.plannedCount(programs, MONDAY, sunday)).isEqualTo(planned);
        assertThat(ProgramSchedule.plannedDays(programs, MONDAY, sunday)).hasSize(planned).isSorted();
        assertThat(ProgramSchedule.anyActiveOn(programs, MONDAY)).isEqualTo(activeMonday);
        assertThat(programs.stream().anyMatch(p -> p.nonConsecutiveBetween(MONDAY, sunday))).isEqualTo(nonConsecutive);
    }

    @org.junit.jupiter.api.Test
    void theVersionInForceIsTheLatestThatTookEffect() {
        ProgramSchedule program = ScheduleFixtures.of(MONDAY, MONDAY.plusDays(20),
                new ScheduleVersion(MONDAY, true, Schedule.daily(1)),
                new ScheduleVersion(MONDAY.plusDays(3), false, Schedule.daily(1)),
                new ScheduleVersion(MONDAY.plusDays(5), true, Schedule.daily(2)));
        Function<Integer, ScheduleVersion> on = days -> program.versionOn(MONDAY.plusDays(days));
        assertThat(program.versionOn(MONDAY.minusDays(1))).isNull();
        assertThat(on.apply(2).active()).isTrue();
        assertThat(on.apply(3).active()).isFalse();
        assertThat(on.apply(4).active()).isFalse();
        assertThat(on.apply(5).schedule().timesPerDay()).isEqualTo(2);
        assertThat(on.apply(20)).isNotNull();
        assertThat(on.apply(21)).isNull();
        assertThat(program.activeOn(MONDAY.plusDays(21))).isFalse();
    }
}
