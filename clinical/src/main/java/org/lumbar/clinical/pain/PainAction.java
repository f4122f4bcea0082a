package org.lumbar.clinical.pain;

import java.util.Arrays;
import java.util.Optional;

/** What the patient is told to do, as the API names it. */
public enum PainAction {
    /** Carry on. */
    CONTINUE("continue"),
    /** Stop this exercise, check form, try the modification, else skip it. */
    MODIFY("modify"),
    /** Stop this exercise and skip it today. */
    STOP_EXERCISE("stop-exercise"),
    /** No exercise today; contact the clinician if it does not ease. */
    REST_TODAY("rest-today"),
    /** A flare-up day: do the Gentle Relief routine instead of today's strengthening. */
    GENTLE_RELIEF("gentle-relief"),
    /** Stop the session and contact a clinician; the program pauses until one resumes it. */
    STOP_SEE_CLINICIAN("stop-see-clinician");

    public final String code;

    PainAction(String code) {
        this.code = code;
    }

    public static Optional<PainAction> ofCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
