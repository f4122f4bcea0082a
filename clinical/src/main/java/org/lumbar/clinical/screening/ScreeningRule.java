package org.lumbar.clinical.screening;

import org.lumbar.clinical.ClinicalRule;

/** The questions asked before a first program; a yes to any holds the program for a clinician's review. */
public enum ScreeningRule implements ClinicalRule {

    RED_FLAGS("screening.red-flags", "002_84a113f690ec992a.txt:37-42"),
    CHRONIC_OR_SEVERE("screening.chronic-or-severe", "004_5d53c57711750722.txt:78"),
    RECENT_FALL_OR_SURGERY("screening.recent-fall-or-surgery", "002_84a113f690ec992a.txt:40,63");

    private final String id;
    private final String source;

    ScreeningRule(String id, String source) {
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
