package org.lumbar.analytics.definitions;

import java.util.List;

/**
 * Adherent weeks in a row: a week with a schedule is adherent when at least 70% of its sessions were completed (the
 * literature's split). Weeks with nothing scheduled (paused, before the start) neither break nor extend a streak. The
 * week in progress adds to the current streak once it is already adherent, and never breaks it.
 *
 * @param current adherent weeks in a row up to now
 * @param longest the longest run in the given history
 */
public record Streaks(int current, int longest) {

    /** @param weeks consecutive weeks in order, the last one possibly in progress */
    public static Streaks of(List<WeekFigures> weeks) {
        int run = 0;
        int longest = 0;
        for (WeekFigures week : weeks) {
            if (week.scheduled() == 0) {
                continue;
            }
            if (week.inProgress()) {
                if (week.adherent()) {
                    run++;
                    longest = Math.max(longest, run);
                }
                continue;
            }
            run = week.adherent() ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return new Streaks(run, longest);
    }
}
