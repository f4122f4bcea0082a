package org.lumbar.clinical.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdherenceTest {

    @ParameterizedTest(name = "{0} of {1} prescribed sets counts: {2}")
    @CsvSource({ "3, 3, true", "4, 5, true", "3, 4, false", "8, 10, true", "7, 10, false", "0, 0, false", "5, 0, false",
            "6, 3, true" })
    void aSessionCountsWithAtLeastEightyPercentOfItsSets(int done, int prescribed, boolean counts) {
        assertThat(Adherence.sessionCounts(done, prescribed)).isEqualTo(counts);
    }

    @ParameterizedTest(name = "{0} of {1} scheduled: adherence {2}, low {3}")
    @CsvSource(nullValues = "null", value = {
            "1, 2, 0.5, true",
            "5, 3, 1.0, false",
            "2, 0, null, false",
            "0, 0, null, false",
            "0, 4, 0.0, true",
            "7, 10, 0.7, false",
            "69, 100, 0.69, true",
            "39, 56, 0.7, true", // 69.6% rounds to 0.70 for display, but is under the split
            "2, 3, 0.67, true",
            "3, 4, 0.75, false" })
    void adherenceIsCompletedOverScheduledCappedAtOneAndLowUnderSeventyPercent(int completed, int scheduled,
            Double adherence, boolean low) {
        assertThat(Adherence.ratio(completed, scheduled)).isEqualTo(adherence);
        assertThat(Adherence.low(completed, scheduled)).isEqualTo(low);
    }

    @ParameterizedTest(name = "{0} of {1} sets: dose {2}")
    @CsvSource(nullValues = "null", value = { "5, 6, 0.83", "6, 6, 1.0", "0, 0, null", "0, 3, 0.0", "9, 6, 1.0" })
    void doseIsSetsDoneOverSetsPrescribed(int done, int prescribed, Double dose) {
        assertThat(Adherence.dose(done, prescribed)).isEqualTo(dose);
    }

    @Test
    void meansAreRoundedToOneDecimalAndAbsentWithoutReports() {
        assertThat(Adherence.mean(10, 3)).isEqualTo(3.3);
        assertThat(Adherence.mean(9, 2)).isEqualTo(4.5);
        assertThat(Adherence.mean(0, 0)).isNull();
    }

    @Test
    void isoWeeksRoundTripAndStartOnMonday() {
        IsoWeek week = IsoWeek.parse("2026-W47");
        assertThat(week.monday()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(week.sunday()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(IsoWeek.of(LocalDate.of(2026, 11, 22))).isEqualTo(week);
        assertThat(IsoWeek.of(LocalDate.of(2027, 1, 1)).toString()).isEqualTo("2026-W53");
        assertThat(IsoWeek.parse("2026-W53").plusWeeks(1).toString()).isEqualTo("2027-W01");
        assertThat(IsoWeek.parse("2026-W52").weeksUntil(IsoWeek.parse("2027-W02"))).isEqualTo(3);
        assertThat(IsoWeek.range(IsoWeek.parse("2026-W52"), IsoWeek.parse("2027-W01")).stream().map(IsoWeek::toString))
                .containsExactly("2026-W52", "2026-W53", "2027-W01");
        assertThat(IsoWeek.range(IsoWeek.parse("2026-W02"), IsoWeek.parse("2026-W01"))).isEmpty();
    }

    @Test
    void aWeekCanBeGivenAsADateInIt() {
        assertThat(IsoWeek.parseWeekOrDate("2026-11-18")).isEqualTo(IsoWeek.parse("2026-W47"));
        assertThat(IsoWeek.parseWeekOrDate("2026-W47")).isEqualTo(IsoWeek.parse("2026-W47"));
        assertThatThrownBy(() -> IsoWeek.parseWeekOrDate("2026-13-01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IsoWeek.parseWeekOrDate("yesterday")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weeksThatDoNotExistAreRejected() {
        for (String text : List.of("2025-W53", "2026-47", "2026-W00", "2026-W1", "W47-2026")) {
            assertThatThrownBy(() -> IsoWeek.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
