package org.lumbar.clinical.measures;

/**
 * The adherence rules (DESIGN.md §2, documented in the service README): a session counts when completed with at
 * least 80% of its prescribed sets; a week under 70% of its scheduled sessions is low adherence; dose adherence is
 * sets done over sets prescribed.
 */
public final class Adherence {

    public static final double COUNTS_AT_SHARE_OF_SETS = 0.8;
    public static final double LOW_BELOW = 0.7;

    private Adherence() {
    }

    public static boolean sessionCounts(int setsCompleted, int setsPrescribed) {
        return setsPrescribed > 0 && setsCompleted >= Math.ceil(COUNTS_AT_SHARE_OF_SETS * setsPrescribed);
    }

    /** Completed over scheduled, at most 1; null when nothing was scheduled. */
    public static Double ratio(int completed, int scheduled) {
        if (scheduled <= 0) {
            return null;
        }
        return round2(Math.min(1.0, (double) completed / scheduled));
    }

    /** Whether completed over scheduled is under the 70% split (unrounded); false when nothing was scheduled. */
    public static boolean low(int completed, int scheduled) {
        return scheduled > 0 && (double) Math.min(completed, scheduled) / scheduled < LOW_BELOW;
    }

    /** Sets done over sets prescribed, at most 1; null when nothing was prescribed. */
    public static Double dose(int setsDone, int setsPrescribed) {
        return setsPrescribed <= 0 ? null : round2(Math.min(1.0, (double) setsDone / setsPrescribed));
    }

    public static Double mean(int sum, int count) {
        return count == 0 ? null : Math.round(10.0 * sum / count) / 10.0;
    }

    static double round2(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
