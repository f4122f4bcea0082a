package org.lumbar.clinical.alerts;

import java.util.Arrays;
import java.util.Optional;

/** How urgently an alert needs a clinician, with a rank to sort by (higher is more urgent). */
public enum Severity {

    LOW("low", 1),
    HIGH("high", 2),
    CRITICAL("critical", 3);

    public final String code;
    public final int rank;

    Severity(String code, int rank) {
        this.code = code;
        this.rank = rank;
    }

    public static Optional<Severity> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
