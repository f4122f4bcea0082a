package org.lumbar.analytics.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lumbar.clinical.measures.IsoWeek;

class WeekFiguresTest {

    private static final IsoWeek WEEK = IsoWeek.parse("2026-W41");

    static Stream<Arguments> weeks() {
        return Stream.of(
                // name, in progress, scheduled, totals, expected adherence, low, dose, pain before, pain after
                Arguments.of("nothing scheduled, nothing done", false, 0, WeekTotals.NONE, null, false, null, null, null),
                Arguments.of("sessions without a schedule", false, 0, new WeekTotals(2, 0, 6, 6, 0, 0, 0, 0), null, false,
                        1.0, null, null),
                Arguments.of("a finished week under 70%", false, 7, new WeekTotals(4, 1, 13, 15, 0, 0, 0, 0), 0.57, true,
                        0.87, null, null),
                Arguments.of("the same week still in progress is not judged", true, 7,
                        new WeekTotals(4, 1, 13, 15, 0, 0, 0, 0), 0.57, false, 0.87, null, null),
                Arguments.of("exactly 70%", false, 10, new WeekTotals(7, 0, 21, 21, 0, 0, 0, 0), 0.7, false, 1.0, null,
                        null),
                Arguments.of("more sessions than scheduled", false, 3, new WeekTotals(5, 0, 15, 15, 0, 0, 0, 0), 1.0, false,
                        1.0, null, null),
                Arguments.of("pain only before sessions", false, 3, new WeekTotals(3, 0, 9, 9, 14, 3, 0, 0), 1.0, false, 1.0,
                        4.7, null),
                Arguments.of("pain only after sessions", false, 3, new WeekTotals(3, 0, 9, 9, 0, 0, 5, 2), 1.0, false, 1.0,
                        null, 2.5),
                Arguments.of("pain before and after, nothing completed", false, 3, new WeekTotals(0, 2, 2, 6, 12, 2, 8, 2),
                        0.0, true, 0.33, 6.0, 4.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("weeks")
    void aWeekIsDescribedByItsFigures(String name, boolean inProgress, int scheduled, WeekTotals totals, Double adherence,
            boolean low, Double dose, Double painBefore, Double painAfter) {
        WeekFigures figures = WeekFigures.of(WEEK, inProgress, scheduled, scheduled, totals, null);
        assertThat(figures.week()).isEqualTo("2026-W41");
        assertThat(figures.weekStart()).isEqualTo(WEEK.monday());
        assertThat(figures.adherence()).isEqualTo(adherence);
        assertThat(figures.lowAdherence()).isEqualTo(low);
        assertThat(figures.doseAdherence()).isEqualTo(dose);
        assertThat(figures.painBefore()).isEqualTo(painBefore);
        assertThat(figures.painAfter()).isEqualTo(painAfter);
        assertThat(figures.abandoned()).isEqualTo(totals.sessionsAbandoned());
    }

    @Test
    void theCurrentWeekShowsAdherenceSoFarAndForTheWholeWeek() {
        // Wednesday of a daily week: three sessions expected so far, all three done
        WeekFigures wednesday = WeekFigures.of(WEEK, true, 7, 3, new WeekTotals(3, 0, 9, 9, 0, 0, 0, 0), null);
        assertThat(wednesday.adherenceSoFar()).isEqualTo(1.0);
        assertThat(wednesday.adherence()).isEqualTo(0.43);
        assertThat(wednesday.lowAdherence()).isFalse();
        assertThat(wednesday.scheduledSoFar()).isEqualTo(3);
        WeekFigures behind = WeekFigures.of(WEEK, true, 7, 4, new WeekTotals(1, 0, 3, 3, 0, 0, 0, 0), null);
        assertThat(behind.adherenceSoFar()).isEqualTo(0.25);
    }
}
