package org.lumbar.clinical.alerts;

import java.util.Arrays;
import java.util.Optional;

import org.lumbar.clinical.ClinicalRule;

/**
 * The alert rules of DESIGN.md §2, each with its severity. Session rules (a red flag, severe pain, warning pain on
 * several exercises) last until a later session is completed without the condition; pain-trend rules until the
 * latest week's pain is back under the threshold; inactivity rules until a session is completed or no session is
 * expected any more.
 */
public enum AlertRule implements ClinicalRule {

    RED_FLAG("red-flag", Severity.CRITICAL, "002_84a113f690ec992a.txt:37-42"),
    SEVERE_PAIN("severe-pain", Severity.CRITICAL, "Serlin et al., Pain 1995;61:277-284 (7-10 is severe)"),
    PAIN_INCREASE("pain-increase", Severity.HIGH, "Farrar et al., Pain 2001;94:149-158 (2 points is meaningful)"),
    WARNING_PAIN_SEVERAL_EXERCISES("warning-pain-several-exercises", Severity.HIGH, "000_1240bdc056074f32.txt:160"),
    INACTIVE_14_DAYS("inactive-14-days", Severity.HIGH, "000_1240bdc056074f32.txt:152 (consistency)"),
    PAIN_ELEVATED("pain-elevated", Severity.LOW, "Serlin et al., Pain 1995;61:277-284 (5-6 is moderate)"),
    MISSED_SESSIONS("missed-sessions", Severity.LOW, "000_1240bdc056074f32.txt:152 (consistency)");

    public final String code;
    public final Severity severity;
    private final String source;

    AlertRule(String code, Severity severity, String source) {
        this.code = code;
        this.severity = severity;
        this.source = source;
    }

    @Override
    public String id() {
        return "alert." + code;
    }

    @Override
    public String source() {
        return source;
    }

    public static Optional<AlertRule> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
