package org.lumbar.clinical.measures;

import java.util.List;

/**
 * The Patient-Specific Functional Scale: the patient names up to five activities that the back makes hard and rates
 * each from 0 (unable to do it) to 10 (able to do it as before the problem). The score is the mean of the ratings;
 * higher is better, and a rise of 2 points on the mean is a clinically meaningful change (rule {@code psfs.mcid}).
 */
public final class Psfs {

    public static final int MIN_ACTIVITIES = 1;
    public static final int MAX_ACTIVITIES = 5;
    public static final int MIN_RATING = 0;
    public static final int MAX_RATING = 10;
    public static final double MCID_POINTS = 2.0;
    private static final double EPSILON = 1e-9;

    private Psfs() {
    }

    /** The mean rating, to one decimal. */
    public static double score(List<Integer> ratings) {
        if (ratings.size() < MIN_ACTIVITIES || ratings.size() > MAX_ACTIVITIES) {
            throw new IllegalArgumentException("the scale rates 1 to 5 activities, not " + ratings.size());
        }
        for (int rating : ratings) {
            if (rating < MIN_RATING || rating > MAX_RATING) {
                throw new IllegalArgumentException("a rating is 0 to 10, not " + rating);
            }
        }
        return Math.round(10.0 * ratings.stream().mapToInt(Integer::intValue).sum() / ratings.size()) / 10.0;
    }

    /** The latest score is at least the MCID above the first one. */
    public static boolean meaningfulImprovement(double baseline, double latest) {
        return latest - baseline >= MCID_POINTS - EPSILON;
    }
}
