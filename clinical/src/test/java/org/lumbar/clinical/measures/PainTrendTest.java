package org.lumbar.clinical.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PainTrendTest {

    /**
     * @param means one weekly mean per consecutive week from 2026-W40, "-" for a week without scores
     */
    @ParameterizedTest(name = "{0}: change {3}, slope {5}, MCID {6}")
    @CsvSource(nullValues = "null", value = {
            // means, baseline week, latest week, change, relative, slope, meaningful
            "'6 5 4 4', 2026-W40, 2026-W43, -2.0, -0.33, -0.7, true",
            "'6 6 6 5', 2026-W40, 2026-W43, -1.0, -0.17, -0.3, false",
            "'3 3 2', 2026-W40, 2026-W42, -1.0, -0.33, -0.5, true", // 33% of a low baseline is meaningful
            "'3.3 3 2.5', 2026-W40, 2026-W42, -0.8, -0.24, -0.4, false",
            "'10 7', 2026-W40, 2026-W41, -3.0, -0.3, -3.0, true", // exactly 30%
            "'5', 2026-W40, 2026-W40, 0.0, 0.0, null, false", // one week: no slope, no change
            "'- - 5 - 3', 2026-W42, 2026-W44, -2.0, -0.4, -1.0, true", // gaps: slope over calendar weeks
            "'4 5 6 7', 2026-W40, 2026-W43, 3.0, 0.75, 1.0, false",
            "'0 1', 2026-W40, 2026-W41, 1.0, null, 1.0, false", // a zero baseline has no relative change
            "'8 8 8 8 2 2 2 2', 2026-W40, 2026-W47, -6.0, -0.75, 0.0, true", // slope of the last 4 weeks only
            "'- -', null, null, null, null, null, false" })
    void aPainSeriesHasABaselineAChangeASlopeAndMaybeAMeaningfulImprovement(String means, String baselineWeek,
            String latestWeek, Double change, Double relative, Double slope, boolean meaningful) {
        List<PainTrend.WeekMean> series = new ArrayList<>();
        IsoWeek week = IsoWeek.parse("2026-W40");
        for (String mean : means.trim().split(" ")) {
            series.add(new PainTrend.WeekMean(week, mean.equals("-") ? null : Double.valueOf(mean)));
            week = week.plusWeeks(1);
        }
        PainTrend trend = PainTrend.of(series);
        assertThat(trend.baselineWeek()).isEqualTo(baselineWeek);
        assertThat(trend.latestWeek()).isEqualTo(latestWeek);
        assertThat(trend.change()).isEqualTo(change);
        assertThat(trend.relativeChange()).isEqualTo(relative);
        assertThat(trend.slopePerWeek()).isEqualTo(slope);
        assertThat(trend.meaningfulImprovement()).isEqualTo(meaningful);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({ "7, 5, true", "7, 5.1, false", "6, 4.2, true", "6, 4.21, false", "2, 1.4, true", "2, 1.5, false",
            "0, 0, false", "5, 6, false" })
    void theNprsMcidIsTwoPointsOrThirtyPercent(double baseline, double latest, boolean meaningful) {
        assertThat(PainTrend.meaningfulImprovement(baseline, latest)).isEqualTo(meaningful);
    }

    @ParameterizedTest(name = "baseline {0}: meaningful at {1} or below")
    @CsvSource(nullValues = "null", value = { "7, 5.0", "6, 4.2", "5, 3.5", "3, 2.1", "2, 1.4", "1, 0.7", "0.5, 0.3",
            "0, null" })
    void theMeaningfulLevelIsTheHighestMeanThatMeetsTheMcid(double baseline, Double level) {
        assertThat(PainTrend.meaningfulLevel(baseline)).isEqualTo(level);
        if (level != null) {
            assertThat(PainTrend.meaningfulImprovement(baseline, level)).isTrue();
            assertThat(PainTrend.meaningfulImprovement(baseline, level + 0.1)).isFalse();
        }
    }

    @Test
    void aSeriesCarriesTheLevelItsBaselineMustReach() {
        PainTrend trend = PainTrend.of(List.of(new PainTrend.WeekMean(IsoWeek.parse("2026-W40"), 6.0),
                new PainTrend.WeekMean(IsoWeek.parse("2026-W41"), 5.0)));
        assertThat(trend.meaningfulLevel()).isEqualTo(4.2);
        assertThat(PainTrend.NONE.meaningfulLevel()).isNull();
    }

    @Test
    void theLeastSquaresSlopeNeedsTwoDistinctPoints() {
        assertThat(LeastSquares.slope(List.of())).isNull();
        assertThat(LeastSquares.slope(List.of(new LeastSquares.Point(1, 5)))).isNull();
        assertThat(LeastSquares.slope(List.of(new LeastSquares.Point(1, 5), new LeastSquares.Point(1, 3)))).isNull();
        assertThat(LeastSquares.slope(List.of(new LeastSquares.Point(0, 1), new LeastSquares.Point(1, 3),
                new LeastSquares.Point(2, 2)))).isEqualTo(0.5);
    }
}
