package org.lumbar.clinical.measures;

import java.util.ArrayList;
import java.util.List;

/**
 * A weekly pain series and what it says (DESIGN.md §2): the baseline week is the first week with a score, the change
 * is the latest week's mean minus the baseline's, the slope is the least-squares line through the weekly means of the
 * last 4 weeks (ending with the latest week with a score, in points per week, at least two weeks needed), and a
 * clinically meaningful improvement is a drop of at least 2 points or 30% from the baseline (the NPRS MCID for low
 * back pain). {@code meaningfulLevel} is the weekly mean at or below which that improvement is reached, so a chart can
 * draw the line.
 */
public record PainTrend(
        String baselineWeek,
        Double baseline,
        String latestWeek,
        Double latest,
        Double change,
        Double relativeChange,
        Double slopePerWeek,
        boolean meaningfulImprovement,
        Double meaningfulLevel) {

    public static final double MCID_POINTS = 2.0;
    public static final double MCID_SHARE = 0.30;
    public static final int SLOPE_WEEKS = 4;
    private static final double EPSILON = 1e-9;

    public static final PainTrend NONE = new PainTrend(null, null, null, null, null, null, null, false, null);

    /** A week's unrounded mean pain, null when nothing was reported that week. */
    public record WeekMean(IsoWeek week, Double mean) {
    }

    /** @param series weeks in order; weeks without a mean may be left out or given as null */
    public static PainTrend of(List<WeekMean> series) {
        List<WeekMean> scored = series.stream().filter(w -> w.mean() != null).toList();
        if (scored.isEmpty()) {
            return NONE;
        }
        WeekMean first = scored.get(0);
        WeekMean last = scored.get(scored.size() - 1);
        double change = last.mean() - first.mean();
        Double relative = first.mean() == 0 ? null : round(change / first.mean(), 2);
        return new PainTrend(first.week().toString(), round(first.mean(), 1), last.week().toString(),
                round(last.mean(), 1), round(change, 1), relative, slope(scored, last.week()),
                meaningfulImprovement(first.mean(), last.mean()) && !first.week().equals(last.week()),
                meaningfulLevel(first.mean()));
    }

    /**
     * The highest weekly mean that is a meaningful improvement on this baseline (2 points or 30% lower), rounded
     * down to the tenth a chart shows; null for a baseline of 0, which cannot improve.
     */
    public static Double meaningfulLevel(double baseline) {
        if (baseline <= 0) {
            return null;
        }
        double level = Math.max(baseline - MCID_POINTS, baseline * (1 - MCID_SHARE));
        return Math.floor(level * 10 + 1e-6) / 10;
    }

    /** A drop of at least 2 points, or of at least 30% of a baseline above 0. */
    public static boolean meaningfulImprovement(double baseline, double latest) {
        double drop = baseline - latest;
        return drop >= MCID_POINTS - EPSILON || (baseline > 0 && drop / baseline >= MCID_SHARE - EPSILON);
    }

    private static Double slope(List<WeekMean> scored, IsoWeek latest) {
        IsoWeek windowStart = latest.plusWeeks(-(SLOPE_WEEKS - 1));
        List<LeastSquares.Point> points = new ArrayList<>();
        for (WeekMean w : scored) {
            if (w.week().compareTo(windowStart) >= 0) {
                points.add(new LeastSquares.Point(windowStart.weeksUntil(w.week()), w.mean()));
            }
        }
        Double slope = LeastSquares.slope(points);
        return slope == null ? null : round(slope, 2);
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        double rounded = Math.round(value * scale) / scale;
        return rounded == 0 ? 0.0 : rounded; // no -0.0
    }
}
