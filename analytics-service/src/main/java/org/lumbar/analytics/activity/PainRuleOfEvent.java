package org.lumbar.analytics.activity;

import java.util.Set;

import org.lumbar.analytics.domain.SessionTrack;
import org.lumbar.clinical.pain.PainReport;
import org.lumbar.clinical.pain.PainRule;
import org.lumbar.clinical.pain.PainRules;
import org.lumbar.contracts.session.PainReported;

/** The rule that answered a pain report: the one the event names, so the alert agrees with the patient's answer. */
final class PainRuleOfEvent {

    private PainRuleOfEvent() {
    }

    static PainRule of(PainReported pain, SessionTrack session) {
        return PainRules.namedOrAssessed(pain.ruleId(), PainReport.fromCodes(pain.score(), pain.timing(),
                pain.quality(), pain.location(), pain.redFlags(), pain.exercise(), false),
                Set.copyOf(session.warningExerciseList()));
    }
}
