package org.lumbar.analytics.definitions;

import java.util.Arrays;
import java.util.Optional;

/**
 * The alert rules of DESIGN.md §2, each with its severity. Session rules (a red flag, severe pain, warning pain on
 * several exercises) last until a later session is completed without the condition; pain-trend rules until the
 * latest week's pain is back under the threshold; inactivity rules until a session is completed or no session is
 * expected any more.
 */
public enum AlertRule {

    RED_FLAG("red-flag", Severity.CRITICAL),
    SEVERE_PAIN("severe-pain", Severity.CRITICAL),
    PAIN_INCREASE("pain-increase", Severity.HIGH),
    WARNING_PAIN_SEVERAL_EXERCISES("warning-pain-several-exercises", Severity.HIGH),
    INACTIVE_14_DAYS("inactive-14-days", Severity.HIGH),
    PAIN_ELEVATED("pain-elevated", Severity.LOW),
    MISSED_SESSIONS("missed-sessions", Severity.LOW);

    public final String code;
    public final Severity severity;

    AlertRule(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    public static Optional<AlertRule> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
