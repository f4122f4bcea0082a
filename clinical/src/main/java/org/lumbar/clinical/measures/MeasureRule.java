package org.lumbar.clinical.measures;

import org.lumbar.clinical.ClinicalRule;

/** The definitions behind adherence and trends. */
public enum MeasureRule implements ClinicalRule {

    /** A session counts as done when at least 80 % of its prescribed sets were done. */
    SESSION_COUNTS("adherence.session-counts", "DESIGN.md §2 (platform definition)"),
    /** A week at 70 % adherence or more is adherent. */
    ADHERENT_WEEK("adherence.adherent", "DESIGN.md §2 (the literature's usual split)"),
    /** A drop of at least 2 points or 30 % on the 0-10 scale is a clinically meaningful improvement. */
    PAIN_MCID("pain-trend.mcid", "Farrar et al., Pain 2001;94:149-158; Ostelo et al., Spine 2008;33:90-94");

    private final String id;
    private final String source;

    MeasureRule(String id, String source) {
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
