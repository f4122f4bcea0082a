package org.lumbar.clinical.pain;

import java.util.Arrays;
import java.util.Optional;

/** How the pain feels, in the patient's words. */
public enum Quality {
    ACHE, SORENESS, SHARP, STABBING, RADIATING, TINGLING, NUMBNESS;

    public String code() {
        return name().toLowerCase();
    }

    /** Sharp, stabbing or radiating: the seeds' signal to stop the exercise at once (000:130, 000:154). */
    public boolean warning() {
        return this == SHARP || this == STABBING || this == RADIATING;
    }

    /** Tingling or numbness: a reason to see a professional (002:39). */
    public boolean nerve() {
        return this == TINGLING || this == NUMBNESS;
    }

    public static Optional<Quality> ofCode(String code) {
        return Arrays.stream(values()).filter(q -> q.code().equals(code)).findFirst();
    }

}
