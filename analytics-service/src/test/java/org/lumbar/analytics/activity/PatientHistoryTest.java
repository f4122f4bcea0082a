package org.lumbar.analytics.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lumbar.analytics.definitions.ProgramSchedule;
import org.lumbar.analytics.definitions.WeekTotals;
import org.lumbar.clinical.measures.IsoWeek;
import org.lumbar.commons.schedule.ScheduleVersion;
import org.lumbar.contracts.program.Schedule;

class PatientHistoryTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 5); // 2026-W41
    private static final IsoWeek W41 = IsoWeek.of(MONDAY);

    private static PatientHistory history(ZoneId zone, List<ProgramSchedule> programs, Map<IsoWeek, WeekTotals> weeks,
            List<PatientHistory.CountedSession> counted) {
        return new PatientHistory("p", "clinic", zone, programs.isEmpty() ? null : programs.get(0).start(), null, programs,
                new TreeMap<>(weeks), counted);
    }

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource({
            "2026-10-11T20:00:00Z, Pacific/Auckland, 2026-10-12",
            "2026-10-11T20:00:00Z, UTC, 2026-10-11",
            "2026-10-12T03:00:00Z, America/Los_Angeles, 2026-10-11",
            "2026-03-29T00:30:00Z, Europe/Berlin, 2026-03-29" })
    void todayIsTheDateInThePatientsTimeZone(Instant now, ZoneId zone, LocalDate today) {
        assertThat(history(zone, List.of(), Map.of(), List.of()).today(now)).isEqualTo(today);
    }

    @Test
    void aWeekIsInProgressUntilItsSundayHasPassedInThePatientsCalendar() {
        PatientHistory history = history(ZoneId.of("UTC"), List.of(daily(MONDAY)), Map.of(), List.of());
        assertThat(history.week(W41, MONDAY.plusDays(6)).inProgress()).isTrue();
        assertThat(history.week(W41, MONDAY.plusDays(7)).inProgress()).isFalse();
        assertThat(history.week(W41, MONDAY.plusDays(7)).lowAdherence()).isTrue();
        assertThat(history.week(W41, MONDAY.plusDays(6)).lowAdherence()).as("not judged yet").isFalse();
        assertThat(history.week(W41, MONDAY.plusDays(7)).scheduled()).isEqualTo(7);
    }

    @Test
    void theNonConsecutiveRuleIsJudgedOnTheSessionsOfTheProgramsThatAskForIt() {
        ProgramSchedule core = new ProgramSchedule(UUID.randomUUID(), MONDAY, null,
                List.of(new ScheduleVersion(MONDAY, true, Schedule.weekly(3, 4, true))));
        ProgramSchedule gentle = daily(MONDAY);
        List<PatientHistory.CountedSession> sessions = List.of(
                new PatientHistory.CountedSession(MONDAY, core.programId()),
                new PatientHistory.CountedSession(MONDAY.plusDays(1), gentle.programId()), // daily program: not judged
                new PatientHistory.CountedSession(MONDAY.plusDays(2), core.programId()),
                new PatientHistory.CountedSession(MONDAY.plusDays(9), core.programId()),
                new PatientHistory.CountedSession(MONDAY.plusDays(10), core.programId()));
        PatientHistory history = history(ZoneId.of("UTC"), List.of(core, gentle), Map.of(), sessions);
        assertThat(history.nonConsecutiveKept(W41)).isTrue();
        assertThat(history.nonConsecutiveKept(W41.plusWeeks(1))).isFalse();
        assertThat(history(ZoneId.of("UTC"), List.of(gentle), Map.of(), sessions).nonConsecutiveKept(W41)).isNull();
        assertThat(history(ZoneId.of("UTC"), List.of(), Map.of(), List.of()).nonConsecutiveKept(W41)).isNull();
    }

    @Test
    void theHeadlinePainIsBeforeSessionsAndAfterSessionsOnlyWhenNothingWasReportedBefore() {
        Map<IsoWeek, WeekTotals> afterOnly = Map.of(W41, new WeekTotals(1, 0, 3, 3, 0, 0, 12, 2),
                W41.plusWeeks(1), new WeekTotals(1, 0, 3, 3, 0, 0, 3, 1));
        PatientHistory history = history(ZoneId.of("UTC"), List.of(daily(MONDAY)), afterOnly, List.of());
        assertThat(history.headlinePainSeries()).isEqualTo("after");
        assertThat(history.headlinePain().change()).isEqualTo(-3.0);
        assertThat(history.headlinePain(W41).change()).isEqualTo(0.0);

        Map<IsoWeek, WeekTotals> both = Map.of(W41, new WeekTotals(1, 0, 3, 3, 5, 1, 12, 2),
                W41.plusWeeks(1), new WeekTotals(1, 0, 3, 3, 0, 0, 3, 1));
        PatientHistory withBefore = history(ZoneId.of("UTC"), List.of(daily(MONDAY)), both, List.of());
        assertThat(withBefore.headlinePainSeries()).isEqualTo("before");
        assertThat(withBefore.headlinePain().change()).isEqualTo(0.0);
        assertThat(history(ZoneId.of("UTC"), List.of(), Map.of(), List.of()).headlinePainSeries()).isNull();
    }

    @Test
    void theFirstWeekIsTheEarlierOfTheFirstProgramAndTheFirstRecord() {
        Map<IsoWeek, WeekTotals> early = Map.of(W41.plusWeeks(-3), WeekTotals.NONE);
        assertThat(history(ZoneId.of("UTC"), List.of(daily(MONDAY)), early, List.of()).firstWeek(W41.plusWeeks(5)))
                .isEqualTo(W41.plusWeeks(-3));
        assertThat(history(ZoneId.of("UTC"), List.of(daily(MONDAY)), Map.of(), List.of()).firstWeek(W41.plusWeeks(5)))
                .isEqualTo(W41);
        assertThat(history(ZoneId.of("UTC"), List.of(), Map.of(), List.of()).firstWeek(W41)).isEqualTo(W41);
        assertThat(history(ZoneId.of("UTC"), List.of(daily(MONDAY)), Map.of(), List.of()).programWeek(W41.plusWeeks(3)))
                .isEqualTo(4);
    }

    private static ProgramSchedule daily(LocalDate start) {
        return new ProgramSchedule(UUID.randomUUID(), start, null,
                List.of(new ScheduleVersion(start, true, Schedule.daily(1))));
    }
}
