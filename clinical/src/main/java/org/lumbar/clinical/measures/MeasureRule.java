package org.lumbar.clinical.measures;

import org.lumbar.clinical.ClinicalRule;

/** The definitions behind adherence and trends. */
public enum MeasureRule implements ClinicalRule {

    /** A session counts as done when at least 80 % of its prescribed sets were done. */
    SESSION_COUNTS("adherence.session-counts", "DESIGN.md §2 (platform definition)"),
    /** A set counts toward the 80 % only where it fills a prescribed set of its exercise, per side as prescribed. */
    PRESCRIBED_SETS("adherence.prescribed-sets", "DESIGN.md §2 (platform definition); 000_1240bdc056074f32.txt:42"),
    /** One pain score before and one after per session, the last given: the ones the session shows. */
    ONE_SCORE_PER_SESSION("pain-trend.one-score-per-session", "000_1240bdc056074f32.txt:135"),
    /** A week in progress shows adherence so far (sessions expected up to today) beside the whole week's. */
    WEEK_SO_FAR("adherence.week-so-far", "DESIGN.md §2 (platform definition)"),
    /** A week at 70 % adherence or more is adherent. */
    ADHERENT_WEEK("adherence.adherent", "DESIGN.md §2 (the literature's usual split)"),
    /** A drop of at least 2 points or 30 % on the 0-10 scale is a clinically meaningful improvement. */
    PAIN_MCID("pain-trend.mcid", "Farrar et al., Pain 2001;94:149-158; Ostelo et al., Spine 2008;33:90-94"),
    /** A rise of 2 points on the mean of the Patient-Specific Functional Scale is a meaningful improvement. */
    PSFS_MCID("psfs.mcid", "Stratford et al., Physiotherapy Canada 1995;47:258-263 (2 points on the mean)");

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
