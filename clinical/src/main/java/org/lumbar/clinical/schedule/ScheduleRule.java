package org.lumbar.clinical.schedule;

import org.lumbar.clinical.ClinicalRule;

/** How often the seeds say each kind of work is done. */
public enum ScheduleRule implements ClinicalRule {

    /** Strengthening 3-4 times a week, never on consecutive days: the rest day is when muscles repair. */
    STRENGTH_REST_DAY("schedule.strength-rest-day", "000_1240bdc056074f32.txt:119,151"),
    /** Gentle mobility daily, or twice a day (morning and evening). */
    GENTLE_DAILY("schedule.gentle-daily", "000_1240bdc056074f32.txt:112,150"),
    /** A short morning and a longer evening mobility routine. */
    MOBILITY_ROUTINES("schedule.mobility-routines", "002_84a113f690ec992a.txt:27"),
    /** At least 150 minutes of aerobic activity and two strength sessions a week, besides the routines. */
    WEEKLY_MOVEMENT_GOAL("schedule.weekly-movement-goal", "002_84a113f690ec992a.txt:136");

    private final String id;
    private final String source;

    ScheduleRule(String id, String source) {
        this.id = id;
        this.source = source;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String source() {
        return source;
    }
}
