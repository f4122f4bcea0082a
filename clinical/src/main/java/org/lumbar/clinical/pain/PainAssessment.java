package org.lumbar.clinical.pain;

import java.util.Set;

import org.lumbar.clinical.alerts.AlertRule;

/** The rule that answered a pain report, and every alert the report raises. */
public record PainAssessment(PainRule rule, Set<AlertRule> alerts) {

    public PainAssessment {
        alerts = Set.copyOf(alerts);
    }

    public PainAction action() {
        return rule.action;
    }
}
