package org.lumbar.clinical.schedule;

/**
 * The weekly movement goal beside the exercises (rule {@code schedule.weekly-movement-goal}): at least 150 minutes of
 * aerobic activity and two strength sessions a week.
 *
 * @param aerobicMinutes minutes of walks and other aerobic activity recorded in the week
 * @param strengthSessions sessions with strengthening work completed in the week
 */
public record MovementGoal(int aerobicMinutes, int strengthSessions) {

    public static final int AEROBIC_MINUTES = 150;
    public static final int STRENGTH_SESSIONS = 2;

    public boolean aerobicMet() {
        return aerobicMinutes >= AEROBIC_MINUTES;
    }

    public boolean strengthMet() {
        return strengthSessions >= STRENGTH_SESSIONS;
    }

    public boolean met() {
        return aerobicMet() && strengthMet();
    }
}
