package org.lumbar.clinical.schedule;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lumbar.clinical.schedule.ScheduleRules.Kind;

class ScheduleRulesTest {

    @Test
    void strengthWorkNeedsARestDayBetweenSessions() {
        Optional<ScheduleRule> broken = Optional.of(ScheduleRule.STRENGTH_REST_DAY);
        assertEquals(broken, ScheduleRules.check(true, Kind.DAILY, 1, null, false, List.of()));
        assertEquals(broken, ScheduleRules.check(true, Kind.WEEKLY, null, 4, false, List.of()));
        assertEquals(Optional.empty(), ScheduleRules.check(true, Kind.WEEKLY, null, 4, true, List.of()));
        assertEquals(broken, ScheduleRules.check(true, Kind.WEEKLY, null, 5, true, List.of()));
        assertEquals(Optional.empty(), ScheduleRules.check(true, Kind.WEEKDAYS, null, null, false,
                List.of(MONDAY, WEDNESDAY, FRIDAY)));
        assertEquals(broken, ScheduleRules.check(true, Kind.WEEKDAYS, null, null, false, List.of(MONDAY, TUESDAY)));
        assertEquals(broken, ScheduleRules.check(true, Kind.WEEKDAYS, null, null, false,
                List.of(TUESDAY, THURSDAY, SATURDAY, SUNDAY)));
        assertEquals(broken, ScheduleRules.check(true, Kind.WEEKDAYS, null, null, false, List.of(SUNDAY, MONDAY)));
    }

    @Test
    void gentleWorkMayBeDailyUpToTwiceADay() {
        assertEquals(Optional.empty(), ScheduleRules.check(false, Kind.DAILY, 1, null, false, List.of()));
        assertEquals(Optional.empty(), ScheduleRules.check(false, Kind.DAILY, 2, null, false, List.of()));
        assertEquals(Optional.of(ScheduleRule.GENTLE_DAILY), ScheduleRules.check(false, Kind.DAILY, 3, null, false,
                List.of()));
        assertEquals(Optional.empty(), ScheduleRules.check(false, Kind.WEEKDAYS, null, null, false,
                List.of(MONDAY, TUESDAY)));
    }
}
