package org.lumbar.clinical.pain;

import java.util.Arrays;
import java.util.Optional;

/** The warning signs of seed 002 (lines 37-42) that a patient can tick on a pain report. */
public enum RedFlag {
    NUMBNESS_TINGLING("numbness-tingling"),
    AFTER_FALL("after-fall"),
    SEVERE_NOT_IMPROVING("severe-not-improving"),
    BLADDER_BOWEL("bladder-bowel"),
    FEVER("fever");

    public final String code;

    RedFlag(String code) {
        this.code = code;
    }

    public static Optional<RedFlag> ofCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }

}
