package org.lumbar.analytics.definitions;

/** What was recorded in one week, as running totals: sessions, sets and the sums behind the mean pain. */
public record WeekTotals(int sessionsCompleted, int sessionsAbandoned, int doseSetsDone, int doseSetsPrescribed,
        int painBeforeSum, int painBeforeCount, int painAfterSum, int painAfterCount, int aerobicMinutes,
        int strengthSessions) {

    public static final WeekTotals NONE = new WeekTotals(0, 0, 0, 0, 0, 0, 0, 0);

    /** A week without walks or strength sessions recorded. */
    public WeekTotals(int sessionsCompleted, int sessionsAbandoned, int doseSetsDone, int doseSetsPrescribed,
            int painBeforeSum, int painBeforeCount, int painAfterSum, int painAfterCount) {
        this(sessionsCompleted, sessionsAbandoned, doseSetsDone, doseSetsPrescribed, painBeforeSum, painBeforeCount,
                painAfterSum, painAfterCount, 0, 0);
    }

    /** Mean pain before sessions, unrounded; null without reports. */
    public Double rawPainBefore() {
        return painBeforeCount == 0 ? null : (double) painBeforeSum / painBeforeCount;
    }

    /** Mean pain after sessions, unrounded; null without reports. */
    public Double rawPainAfter() {
        return painAfterCount == 0 ? null : (double) painAfterSum / painAfterCount;
    }
}
