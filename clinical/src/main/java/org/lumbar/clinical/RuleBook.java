package org.lumbar.clinical;

import java.util.ArrayList;
import java.util.List;

import org.lumbar.clinical.alerts.AlertRule;
import org.lumbar.clinical.measures.MeasureRule;
import org.lumbar.clinical.pain.PainRule;
import org.lumbar.clinical.progression.ProgressionRule;
import org.lumbar.clinical.schedule.ScheduleRule;
import org.lumbar.clinical.screening.ScreeningRule;

/** Every rule of the rule book, for the traceability check and for anyone who wants to list them. */
public final class RuleBook {

    private RuleBook() {
    }

    public static List<ClinicalRule> all() {
        List<ClinicalRule> rules = new ArrayList<>();
        rules.addAll(List.of(PainRule.values()));
        rules.addAll(List.of(AlertRule.values()));
        rules.addAll(List.of(ProgressionRule.values()));
        rules.addAll(List.of(ScheduleRule.values()));
        rules.addAll(List.of(ScreeningRule.values()));
        rules.addAll(List.of(MeasureRule.values()));
        return rules;
    }
}
