package org.lumbar.clinical.progression;

import java.util.Arrays;
import java.util.Optional;

import org.lumbar.clinical.ClinicalRule;

/**
 * The rules for moving one exercise of a program on (a bigger dose or a harder variant) or back (a smaller dose or an
 * easier variant). {@link Progressions} applies them; every {@link Step} it proposes names the rule that produced it.
 */
public enum ProgressionRule implements ClinicalRule {

    READY("progression.ready",
            "001_c97ec667eb11674d.txt:125; 000_1240bdc056074f32.txt:140-141",
            "An exercise moves on only after each of its last 3 completed sessions reached the full dose with pain"
                    + " during the exercise of 3/10 or less and no sharp, stabbing or radiating pain."),
    MORE_REPS("progression.more-reps",
            "004_5d53c57711750722.txt:71",
            "Repetitions grow by 2 per step and never beyond the top of the exercise's repetition range."),
    ADD_SET("progression.add-set",
            "000_1240bdc056074f32.txt:141",
            "Only strengthening exercises get one more set per step, up to the range's set maximum or 3 sets when the"
                    + " range gives no higher maximum; stretches, mobility, breathing and self-massage never do."),
    LONGER_HOLD("progression.longer-hold",
            "000_1240bdc056074f32.txt:103,124,141",
            "A hold grows by 10 s while under 30 s and by 15 s from 30 s on, up to its ceiling: the 30, 45, 60 s"
                    + " ladder for the side plank, 60 s for the forearm plank, the catalog's longest hold otherwise."),
    HARDER_VARIANT("progression.harder-variant",
            "000_1240bdc056074f32.txt:45,140",
            "Once repetitions, sets and hold are all at their ceilings the exercise gives way to its harder variant at"
                    + " a comparable dose that never falls below the harder variant's own minimum."),
    ONE_STEP_A_WEEK("progression.one-step-a-week",
            "001_c97ec667eb11674d.txt:125",
            "Each exercise takes at most one progression step in any 7 days."),
    EASIER_VARIANT("regression.easier-variant",
            "000_1240bdc056074f32.txt:158",
            "Sharp, stabbing or radiating pain during an exercise, or a pain score of 7 or more, brings a proposal to"
                    + " switch to its easier variant at a comparable dose."),
    LOWER_DOSE("regression.lower-dose",
            "000_1240bdc056074f32.txt:156-159",
            "The same pain on an exercise without an easier variant lowers its dose by one step: 2 repetitions fewer,"
                    + " else a hold 10 s shorter, else one set fewer.");

    private final String id;
    private final String source;
    private final String statement;

    ProgressionRule(String id, String source, String statement) {
        this.id = id;
        this.source = source;
        this.statement = statement;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String source() {
        return source;
    }

    /** The rule in one plain sentence. */
    public String statement() {
        return statement;
    }

    public static Optional<ProgressionRule> ofId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
