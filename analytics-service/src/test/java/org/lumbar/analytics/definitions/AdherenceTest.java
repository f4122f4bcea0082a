package org.lumbar.analytics.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdherenceTest {

    @ParameterizedTest(name = "{0} of {1} prescribed sets counts: {2}")
    @CsvSource({ "3, 3, true", "4, 5, true", "3, 4, false", "8, 10, true", "7, 10, false", "0, 0, false", "5, 0, false" })
    void aSessionCountsWithAtLeastEightyPercentOfItsSets(int done, int prescribed, boolean counts) {
        assertThat(Adherence.sessionCounts(done, prescribed)).isEqualTo(counts);
    }

    @Test
    void adherenceIsCompletedOverScheduledCappedAtOne() {
        assertThat(Adherence.ratio(1, 2)).isEqualTo(0.5);
        assertThat(Adherence.ratio(5, 3)).isEqualTo(1.0);
        assertThat(Adherence.ratio(2, 0)).isNull();
    }

    @Test
    void meansAreRoundedToOneDecimalAndAbsentWithoutReports() {
        assertThat(Adherence.mean(10, 3)).isEqualTo(3.3);
        assertThat(Adherence.mean(0, 0)).isNull();
    }

    @Test
    void isoWeeksRoundTripAndStartOnMonday() {
        IsoWeek week = IsoWeek.parse("2026-W47");
        assertThat(week.monday()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(IsoWeek.of(LocalDate.of(2026, 11, 22))).isEqualTo(week);
        assertThat(IsoWeek.of(LocalDate.of(2027, 1, 1)).toString()).isEqualTo("2026-W53");
    }

    @Test
    void weeksThatDoNotExistAreRejected() {
        assertThatThrownBy(() -> IsoWeek.parse("2025-W53")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IsoWeek.parse("2026-47")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IsoWeek.parse("2026-W00")).isInstanceOf(IllegalArgumentException.class);
    }
}
