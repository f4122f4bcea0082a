package org.lumbar.clinical.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlertRulesTest {

    @ParameterizedTest(name = "score {0}: severe {1}")
    @CsvSource({ "0, false", "6, false", "7, true", "10, true" })
    void severePainIsSevenOrMore(int score, boolean severe) {
        assertThat(AlertRules.severePain(score)).isEqualTo(severe);
    }

    @Test
    void severalExercisesMeansTwoOrMore() {
        assertThat(AlertRules.warningPainOnSeveralExercises(1)).isFalse();
        assertThat(AlertRules.warningPainOnSeveralExercises(2)).isTrue();
    }

    @ParameterizedTest(name = "before {0} vs {1}, after {2} vs {3}: {4}")
    @CsvSource(nullValues = "null", value = {
            "null, null, null, null, null",
            "5, 5, null, null, null",
            "6, 4, null, null, pain-increase",
            "5.9, 4, null, null, pain-elevated",
            "4.9, 3.5, null, null, null", // up 1.4 but under 5
            "5, 4, null, null, pain-elevated",
            "5, 4.1, null, null, null", // up 0.9
            "null, 4, 6, 4, pain-increase", // only after-session pain this week
            "4, 4, 6, 5, pain-elevated", // before is flat, after is 6 and up 1
            "3, 5, 3, 5, null", // better
            "7, null, null, null, null" }) // no baseline
    void painTrendRules(Double weekBefore, Double baselineBefore, Double weekAfter, Double baselineAfter, String rule) {
        Optional<AlertRule> holding = AlertRules.painTrend(
                new AlertRules.PainLevels(weekBefore, baselineBefore, weekAfter, baselineAfter));
        assertThat(holding.map(r -> r.code).orElse(null)).isEqualTo(rule);
    }

    @Test
    void everyRuleHasTheSeverityOfTheDesign() {
        assertThat(AlertRule.RED_FLAG.severity).isEqualTo(Severity.CRITICAL);
        assertThat(AlertRule.SEVERE_PAIN.severity).isEqualTo(Severity.CRITICAL);
        assertThat(AlertRule.PAIN_INCREASE.severity).isEqualTo(Severity.HIGH);
        assertThat(AlertRule.WARNING_PAIN_SEVERAL_EXERCISES.severity).isEqualTo(Severity.HIGH);
        assertThat(AlertRule.INACTIVE_14_DAYS.severity).isEqualTo(Severity.HIGH);
        assertThat(AlertRule.PAIN_ELEVATED.severity).isEqualTo(Severity.LOW);
        assertThat(AlertRule.MISSED_SESSIONS.severity).isEqualTo(Severity.LOW);
        assertThat(AlertRule.ofCode("red-flag")).contains(AlertRule.RED_FLAG);
        assertThat(AlertRule.ofCode("nope")).isEmpty();
    }
}
