package org.lumbar.clinical.pain;

import java.util.Arrays;
import java.util.Optional;

/** When the pain was felt: before the session, during an exercise, or after the session. */
public enum Timing {
    BEFORE, DURING, AFTER;

    public String code() {
        return name().toLowerCase();
    }

    public static Optional<Timing> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }
}
