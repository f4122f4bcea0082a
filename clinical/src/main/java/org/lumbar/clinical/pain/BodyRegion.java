package org.lumbar.clinical.pain;

import java.util.Arrays;
import java.util.Optional;

/** Where it hurts. Pain that reaches the leg is a red flag (002:42). */
public enum BodyRegion {
    BACK, BUTTOCK, LEG;

    public String code() {
        return name().toLowerCase();
    }

    public static Optional<BodyRegion> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }

}
