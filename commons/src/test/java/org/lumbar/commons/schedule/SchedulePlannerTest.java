package org.lumbar.commons.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.lumbar.contracts.program.Schedule;

class SchedulePlannerTest {

    private static final LocalDate SATURDAY = LocalDate.of(2026, 11, 21);

    @Test
    void dailyPlansEveryDayFromTheStartDate() {
        List<LocalDate> plan = SchedulePlanner.plannedSessions(Schedule.daily(1), SATURDAY, SATURDAY.minusDays(3),
                SATURDAY.plusDays(2));
        assertThat(plan).containsExactly(SATURDAY, SATURDAY.plusDays(1), SATURDAY.plusDays(2));
    }

    @Test
    void twiceADayCountsTwoSessionsPerDay() {
        assertThat(SchedulePlanner.sessionsInWeek(Schedule.daily(2), LocalDate.of(2026, 11, 16), SATURDAY)).isEqualTo(14);
    }

    @Test
    void aWeekThatStartsMidWeekOnlyCountsDaysFromTheStart() {
        assertThat(SchedulePlanner.sessionsInWeek(Schedule.daily(1), SATURDAY, SATURDAY)).isEqualTo(2);
    }

    @Test
    void nonConsecutiveWeeklyPlansThreeOrFourDaysAWeekNeverTwoInARow() {
        List<LocalDate> plan = SchedulePlanner.plannedSessions(Schedule.weekly(3, 4, true), SATURDAY, SATURDAY,
                SATURDAY.plusWeeks(6));
        for (int i = 1; i < plan.size(); i++) {
            assertThat(ChronoUnit.DAYS.between(plan.get(i - 1), plan.get(i))).isGreaterThanOrEqualTo(2);
        }
        Map<Integer, Long> perWeek = plan.stream()
                .filter(d -> !d.isBefore(SATURDAY.plusDays(2)) && d.isBefore(SATURDAY.plusDays(2).plusWeeks(5)))
                .collect(Collectors.groupingBy(d -> d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), Collectors.counting()));
        assertThat(perWeek.values()).allSatisfy(n -> assertThat(n).isBetween(3L, 4L));
    }

    @Test
    void weeklyIsCappedAtTheMaximum() {
        List<LocalDate> plan = SchedulePlanner.plannedSessions(Schedule.weekly(2, 2, false), LocalDate.of(2026, 11, 16),
                LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22));
        assertThat(plan).hasSize(2);
    }

    @Test
    void aWindowDoesNotShiftTheEveryOtherDayRhythm() {
        Schedule schedule = Schedule.weekly(3, 4, true);
        List<LocalDate> whole = SchedulePlanner.plannedSessions(schedule, SATURDAY, SATURDAY, SATURDAY.plusDays(20));
        List<LocalDate> window = SchedulePlanner.plannedSessions(schedule, SATURDAY, SATURDAY.plusDays(3),
                SATURDAY.plusDays(20));
        assertThat(whole).containsAll(window);
        assertThat(window).doesNotContain(SATURDAY.plusDays(3));
    }

    @Test
    void fixedWeekdaysPlanOnlyThoseDays() {
        Schedule schedule = Schedule.onWeekdays(List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
        List<LocalDate> plan = SchedulePlanner.plannedSessions(schedule, SATURDAY, SATURDAY, SATURDAY.plusDays(13));
        assertThat(plan).extracting(LocalDate::getDayOfWeek)
                .containsExactly(DayOfWeek.MONDAY, DayOfWeek.THURSDAY, DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
    }

    @Test
    void nothingIsPlannedBeforeTheStart() {
        assertThat(SchedulePlanner.sessionsInWeek(Schedule.daily(1), SATURDAY.plusDays(7), SATURDAY)).isZero();
    }

    @Test
    void aPauseExcludesItsDaysAndAResumeBringsThemBack() {
        LocalDate monday = LocalDate.of(2026, 11, 16);
        List<ScheduleVersion> versions = List.of(
                new ScheduleVersion(monday, true, Schedule.daily(1)),
                new ScheduleVersion(monday.plusDays(2), false, Schedule.daily(1)),
                new ScheduleVersion(monday.plusDays(4), true, Schedule.daily(1)));
        List<LocalDate> plan = SchedulePlanner.plannedSessions(versions, monday, null, monday, monday.plusDays(6));
        assertThat(plan).containsExactly(monday, monday.plusDays(1), monday.plusDays(4), monday.plusDays(5),
                monday.plusDays(6));
    }

    @Test
    void aScheduleChangedMidWeekAppliesFromItsDay() {
        LocalDate monday = LocalDate.of(2026, 11, 16);
        List<ScheduleVersion> versions = List.of(
                new ScheduleVersion(monday, true, Schedule.daily(1)),
                new ScheduleVersion(monday.plusDays(3), true, Schedule.daily(2)));
        assertThat(SchedulePlanner.plannedSessions(versions, monday, null, monday, monday.plusDays(6))).hasSize(3 + 8);
    }

    @Test
    void nothingIsPlannedAfterTheEndDate() {
        LocalDate monday = LocalDate.of(2026, 11, 16);
        List<ScheduleVersion> versions = List.of(new ScheduleVersion(monday, true, Schedule.daily(1)));
        assertThat(SchedulePlanner.plannedSessions(versions, monday, monday.plusDays(2), monday, monday.plusDays(6)))
                .containsExactly(monday, monday.plusDays(1), monday.plusDays(2));
    }

    @Test
    void theNonConsecutiveRuleHoldsAcrossTheTurnOfTheYear() {
        LocalDate start = LocalDate.of(2026, 12, 27);
        List<LocalDate> plan = SchedulePlanner.plannedSessions(Schedule.weekly(3, 4, true), start, start,
                LocalDate.of(2027, 1, 20));
        for (int i = 1; i < plan.size(); i++) {
            assertThat(ChronoUnit.DAYS.between(plan.get(i - 1), plan.get(i))).isGreaterThanOrEqualTo(2);
        }
        assertThat(plan).contains(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 2));
    }

    @Test
    void daysAcrossADaylightSavingChangeArePlannedOnceEach() {
        // Europe/Amsterdam leaves summer time on 25 October 2026 and New Zealand enters it on 27 September 2026:
        // plans are in calendar days, so neither the 25-hour nor the 23-hour day loses or doubles a session
        LocalDate saturday = LocalDate.of(2026, 10, 24);
        assertThat(SchedulePlanner.plannedSessions(Schedule.daily(1), saturday, saturday, saturday.plusDays(2)))
                .containsExactly(saturday, saturday.plusDays(1), saturday.plusDays(2));
        LocalDate nzSaturday = LocalDate.of(2026, 9, 26);
        assertThat(SchedulePlanner.plannedSessions(Schedule.weekly(3, 4, true), nzSaturday, nzSaturday,
                nzSaturday.plusDays(4))).containsExactly(nzSaturday, nzSaturday.plusDays(2), nzSaturday.plusDays(4));
    }
}
