package org.lumbar.analytics.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lumbar.clinical.measures.IsoWeek;
import org.lumbar.clinical.measures.PainTrend;

class ExpectedCourseTest {

    @ParameterizedTest(name = "start {0}, week {1}: program week {2}, phase {3}")
    @CsvSource(nullValues = "null", value = {
            "2026-10-07, 2026-W41, 1, early-relief", // started on a Wednesday: its week is week 1
            "2026-10-07, 2026-W42, 2, early-relief",
            "2026-10-07, 2026-W43, 3, settling-in",
            "2026-10-07, 2026-W44, 4, bigger-gains",
            "2026-10-07, 2026-W48, 8, bigger-gains",
            "2026-10-07, 2026-W49, 9, long-term",
            "2026-10-07, 2026-W40, 0, null",
            "2026-12-30, 2027-W02, 3, settling-in" }) // across the new year (2026 has 53 weeks)
    void programWeeksCountFromTheWeekTheFirstProgramStarted(LocalDate start, String week, int programWeek, String phase) {
        assertThat(ExpectedCourse.programWeek(start, IsoWeek.parse(week))).isEqualTo(programWeek);
        assertThat(ExpectedCourse.phase(programWeek)).isEqualTo(phase);
    }

    @ParameterizedTest(name = "week {0}, change {1}, meaningful {2}: {3}")
    @CsvSource(nullValues = "null", value = {
            "2, null, false, no-pain-data",
            "2, -2.5, true, improvement-reached",
            "2, -1.0, false, too-early-to-tell",
            "5, -1.0, false, improving",
            "5, 0.0, false, not-improving",
            "5, 1.0, false, not-improving",
            "9, -1.0, false, behind-expected-course",
            "9, -3.0, true, improvement-reached" })
    void thePatientIsJudgedAgainstTheExpectedCourse(int programWeek, Double change, boolean meaningful, String status) {
        PainTrend pain = change == null ? PainTrend.NONE
                : new PainTrend("2026-W40", 6.0, "2026-W45", 6.0 + change, change, change / 6.0, null, meaningful, 4.0);
        assertThat(ExpectedCourse.status(programWeek, pain)).isEqualTo(status);
    }
}
