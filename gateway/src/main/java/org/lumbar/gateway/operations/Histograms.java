package org.lumbar.gateway.operations;

import java.util.Map;

/** Quantiles of the requests between two readings of a cumulative histogram, as Prometheus' histogram_quantile. */
final class Histograms {

    private Histograms() {
    }

    /**
     * @param before cumulative counts by upper bound at the earlier reading (empty for none)
     * @param after the same at the later reading
     * @return the quantile's estimate in the histogram's unit, or null when no request fell in between
     */
    static Double quantile(double q, Map<Double, Double> before, Map<Double, Double> after) {
        Double total = delta(Double.POSITIVE_INFINITY, before, after);
        if (total == null || total <= 0) {
            return null;
        }
        double rank = q * total;
        double lowerBound = 0;
        double lowerCount = 0;
        for (Map.Entry<Double, Double> bucket : after.entrySet()) {
            double bound = bucket.getKey();
            double count = delta(bound, before, after);
            if (count >= rank) {
                if (Double.isInfinite(bound)) {
                    return lowerBound;
                }
                double inBucket = count - lowerCount;
                return inBucket <= 0 ? bound : lowerBound + (bound - lowerBound) * (rank - lowerCount) / inBucket;
            }
            lowerBound = bound;
            lowerCount = count;
        }
        return lowerBound;
    }

    private static Double delta(double bound, Map<Double, Double> before, Map<Double, Double> after) {
        Double now = after.get(bound);
        if (now == null) {
            return null;
        }
        return Math.max(0, now - before.getOrDefault(bound, 0.0));
    }
}
