package org.lumbar.clinical.pain;

import java.util.Arrays;
import java.util.Optional;

import org.lumbar.clinical.ClinicalRule;
import org.lumbar.clinical.alerts.AlertRule;

/**
 * The pain rules, in the order {@link PainRules#assess} tries them: the first that holds answers. Each names the
 * answer, the alert it raises (besides {@link AlertRule#SEVERE_PAIN}, which any score of 7 or more raises) and what
 * it does to the program.
 */
public enum PainRule implements ClinicalRule {

    RED_FLAG_REPORTED("pain.red-flag.reported", PainAction.STOP_SEE_CLINICIAN, AlertRule.RED_FLAG,
            ProgramReaction.PAUSE_FOR_CLINICIAN, "002_84a113f690ec992a.txt:37-42"),
    RED_FLAG_NUMBNESS_TINGLING("pain.red-flag.numbness-tingling", PainAction.STOP_SEE_CLINICIAN, AlertRule.RED_FLAG,
            ProgramReaction.PAUSE_FOR_CLINICIAN, "002_84a113f690ec992a.txt:39"),
    RED_FLAG_LEG("pain.red-flag.leg", PainAction.STOP_SEE_CLINICIAN, AlertRule.RED_FLAG,
            ProgramReaction.PAUSE_FOR_CLINICIAN, "002_84a113f690ec992a.txt:42"),
    RED_FLAG_SEVERE_NOT_IMPROVING("pain.red-flag.severe-not-improving", PainAction.STOP_SEE_CLINICIAN,
            AlertRule.RED_FLAG, ProgramReaction.PAUSE_FOR_CLINICIAN, "002_84a113f690ec992a.txt:41"),
    SEVERAL_EXERCISES("pain.several-exercises", PainAction.STOP_SEE_CLINICIAN,
            AlertRule.WARNING_PAIN_SEVERAL_EXERCISES, ProgramReaction.PAUSE_FOR_CLINICIAN,
            "000_1240bdc056074f32.txt:160"),
    SEVERE_DURING_EXERCISE("pain.severe.during-exercise", PainAction.STOP_EXERCISE, AlertRule.SEVERE_PAIN,
            ProgramReaction.PROPOSE_REGRESSION, "Serlin et al., Pain 1995;61:277-284; 000_1240bdc056074f32.txt:154"),
    SEVERE_OUTSIDE_EXERCISE("pain.severe.rest", PainAction.REST_TODAY, AlertRule.SEVERE_PAIN, ProgramReaction.NONE,
            "Serlin et al., Pain 1995;61:277-284; 004_5d53c57711750722.txt:78"),
    WARNING_DURING_EXERCISE("pain.warning.during-exercise", PainAction.MODIFY, null,
            ProgramReaction.PROPOSE_REGRESSION, "000_1240bdc056074f32.txt:154-159"),
    WARNING_OUTSIDE_EXERCISE("pain.warning.rest", PainAction.REST_TODAY, null, ProgramReaction.NONE,
            "000_1240bdc056074f32.txt:154"),
    FLARE_UP_DAY("pain.flare-up-day", PainAction.GENTLE_RELIEF, null, ProgramReaction.NONE,
            "000_1240bdc056074f32.txt:110,117; Serlin et al., Pain 1995;61:277-284 (5 is moderate)"),
    MILD_SORENESS("pain.mild-soreness", PainAction.CONTINUE, null, ProgramReaction.NONE,
            "000_1240bdc056074f32.txt:130"),
    TOLERABLE("pain.tolerable", PainAction.CONTINUE, null, ProgramReaction.NONE,
            "003_dd7d8036af705297.txt:102-104; 001_c97ec667eb11674d.txt:127");

    private final String id;
    public final PainAction action;
    /** The alert this rule raises, or null. */
    public final AlertRule alert;
    public final ProgramReaction reaction;
    private final String source;

    PainRule(String id, PainAction action, AlertRule alert, ProgramReaction reaction, String source) {
        this.id = id;
        this.action = action;
        this.alert = alert;
        this.reaction = reaction;
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

    public boolean redFlag() {
        return alert == AlertRule.RED_FLAG;
    }

    /** The report stopped an exercise because it hurt: it counts toward "pain on several exercises". */
    public boolean painfulExercise() {
        return reaction == ProgramReaction.PROPOSE_REGRESSION || this == SEVERAL_EXERCISES;
    }

    public static Optional<PainRule> ofId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
