package org.lumbar.analytics.definitions;

import java.time.LocalDate;
import java.util.List;

import org.lumbar.clinical.measures.IsoWeek;
import org.lumbar.clinical.measures.PainTrend;

/**
 * The course the seeds describe, to show beside the patient's own: stiffness and mobility usually ease within the
 * first one to two weeks of consistent gentle work, and bigger gains (much less pain, more functional strength) take
 * four to eight weeks (seed 000); improvement may show in one week or take more than six (seed 002). Weeks are
 * counted from the ISO week of the patient's first program start (week 1).
 */
public final class ExpectedCourse {

    public static final String EARLY_RELIEF = "early-relief";
    public static final String SETTLING_IN = "settling-in";
    public static final String BIGGER_GAINS = "bigger-gains";
    public static final String LONG_TERM = "long-term";

    /** Where a patient stands against the expected course. */
    public static final String NO_PAIN_DATA = "no-pain-data";
    public static final String IMPROVEMENT_REACHED = "improvement-reached";
    public static final String TOO_EARLY_TO_TELL = "too-early-to-tell";
    public static final String IMPROVING = "improving";
    public static final String NOT_IMPROVING = "not-improving";
    public static final String BEHIND_EXPECTED_COURSE = "behind-expected-course";

    public record Milestone(int fromWeek, Integer toWeek, String phase, String expectation, String source) {
    }

    public static final List<Milestone> MILESTONES = List.of(
            new Milestone(1, 2, EARLY_RELIEF, "Stiffness usually eases and moving gets easier with consistent gentle work",
                    "seed 000"),
            new Milestone(3, 3, SETTLING_IN, "The routine becomes a habit; some people already notice less pain, others "
                    + "need more than six weeks", "seed 002"),
            new Milestone(4, 8, BIGGER_GAINS, "The larger gains: clearly less pain and more functional strength",
                    "seed 000"),
            new Milestone(9, null, LONG_TERM, "Keeping the routine builds lasting resilience", "seed 000"));

    private ExpectedCourse() {
    }

    /** The program week of an ISO week (1 = the week the first program started); 0 or less before it. */
    public static int programWeek(LocalDate firstProgramStart, IsoWeek week) {
        return (int) IsoWeek.of(firstProgramStart).weeksUntil(week) + 1;
    }

    /** The phase of a program week, null before the program. */
    public static String phase(int programWeek) {
        if (programWeek < 1) {
            return null;
        }
        return MILESTONES.stream()
                .filter(m -> programWeek >= m.fromWeek() && (m.toWeek() == null || programWeek <= m.toWeek()))
                .findFirst().orElseThrow().phase();
    }

    /**
     * Where the patient stands: a meaningful improvement is reached whenever it is; before week 4 it is too early to
     * tell otherwise; from week 4 the pain is improving (below the baseline) or not; after week 8 without a meaningful
     * improvement the patient is behind the expected course.
     */
    public static String status(int programWeek, PainTrend pain) {
        if (pain.baseline() == null) {
            return NO_PAIN_DATA;
        }
        if (pain.meaningfulImprovement()) {
            return IMPROVEMENT_REACHED;
        }
        if (programWeek < 4) {
            return TOO_EARLY_TO_TELL;
        }
        if (programWeek > 8) {
            return BEHIND_EXPECTED_COURSE;
        }
        return pain.change() != null && pain.change() < 0 ? IMPROVING : NOT_IMPROVING;
    }
}
