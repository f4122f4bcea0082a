package org.lumbar.clinical.measures;

import java.util.List;

/** The slope of the ordinary least-squares line through points (x, y). */
public final class LeastSquares {

    public record Point(double x, double y) {
    }

    private LeastSquares() {
    }

    /** @return the slope, or null with fewer than two distinct x values */
    public static Double slope(List<Point> points) {
        if (points.size() < 2) {
            return null;
        }
        double meanX = points.stream().mapToDouble(Point::x).average().orElseThrow();
        double meanY = points.stream().mapToDouble(Point::y).average().orElseThrow();
        double covariance = 0;
        double variance = 0;
        for (Point p : points) {
            covariance += (p.x() - meanX) * (p.y() - meanY);
            variance += (p.x() - meanX) * (p.x() - meanX);
        }
        return variance == 0 ? null : covariance / variance;
    }
}
