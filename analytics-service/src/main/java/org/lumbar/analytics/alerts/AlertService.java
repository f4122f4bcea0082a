package org.lumbar.analytics.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.lumbar.analytics.domain.Alert;
import org.lumbar.analytics.domain.PatientProfile;
import org.lumbar.analytics.domain.SessionTrack;
import org.lumbar.clinical.alerts.AlertRule;
import org.lumbar.clinical.alerts.AlertRules;
import org.lumbar.clinical.alerts.Inactivity;
import org.lumbar.clinical.pain.PainRule;
import org.lumbar.clinical.pain.PainRules;
import org.lumbar.contracts.progress.AlertCleared;
import org.lumbar.contracts.progress.AlertRaised;
import org.lumbar.contracts.session.PainReported;
import org.lumbar.analytics.clinic.ClinicFeed;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Raises and clears alerts. An alert is one episode of a rule for a patient: while it is open a rule that holds again
 * changes nothing (no storms); it is cleared when its condition ends, and a later episode is a new alert. Raising and
 * clearing go out on progress.events in the same transaction.
 */
@ApplicationScoped
public class AlertService {

    private static final Logger LOG = Logger.getLogger(AlertService.class);
    private static final Set<AlertRule> SESSION_RULES = EnumSet.of(AlertRule.RED_FLAG, AlertRule.SEVERE_PAIN,
            AlertRule.WARNING_PAIN_SEVERAL_EXERCISES);
    /** Their rules pause the program until a clinician resumes it; the alert lasts as long. */
    private static final Set<AlertRule> PAUSING_RULES = EnumSet.of(AlertRule.RED_FLAG,
            AlertRule.WARNING_PAIN_SEVERAL_EXERCISES);
    private static final Set<AlertRule> INACTIVITY_RULES = EnumSet.of(AlertRule.INACTIVE_14_DAYS, AlertRule.MISSED_SESSIONS);
    private static final Set<AlertRule> PAIN_TREND_RULES = EnumSet.of(AlertRule.PAIN_INCREASE, AlertRule.PAIN_ELEVATED);

    private final ClinicFeed feed;
    private final MeterRegistry metrics;

    public AlertService(ClinicFeed feed, MeterRegistry metrics) {
        this.feed = feed;
        this.metrics = metrics;
    }

    /**
     * The session rules, on one pain report: the alerts the rule book gives for the rule that answered it (the
     * session's painful exercises already include this report).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void painReported(PatientProfile patient, SessionTrack session, PainReported pain, PainRule rule) {
        Set<AlertRule> alerts = PainRules.alerts(rule, pain.score());
        if (alerts.contains(AlertRule.RED_FLAG)) {
            List<String> flags = pain.redFlags() == null ? List.of() : pain.redFlags();
            String what = switch (rule) {
                case RED_FLAG_REPORTED -> "Red flag reported: " + String.join(", ", flags);
                case RED_FLAG_NUMBNESS_TINGLING -> capitalized(pain.quality()) + " reported";
                case RED_FLAG_LEG -> "Pain into the leg reported";
                default -> "Severe pain that is not improving";
            };
            raise(patient, AlertRule.RED_FLAG, rule.id(), what + where(pain), session.sessionId, pain.score(),
                    pain.occurredAt());
        }
        if (alerts.contains(AlertRule.SEVERE_PAIN)) {
            raise(patient, AlertRule.SEVERE_PAIN, rule.id(), "Pain " + pain.score() + "/10 reported " + pain.timing()
                    + where(pain), session.sessionId, pain.score(), pain.occurredAt());
        }
        if (alerts.contains(AlertRule.WARNING_PAIN_SEVERAL_EXERCISES)) {
            raise(patient, AlertRule.WARNING_PAIN_SEVERAL_EXERCISES, rule.id(), "Pain stopped "
                    + String.join(", ", session.warningExerciseList()) + " in one session", session.sessionId,
                    pain.score(), pain.occurredAt());
        }
    }

    /**
     * The pain-trend rules on the latest week: the rule that holds is raised, the other one cleared; when neither
     * holds both are cleared.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void painLevels(PatientProfile patient, AlertRules.PainLevels levels, Instant at) {
        Optional<AlertRule> holding = AlertRules.painTrend(levels);
        if (holding.isEmpty() && patient.openAlerts == 0) {
            return; // nothing to raise, nothing to clear
        }
        List<Alert> open = patient.openAlerts == 0 ? List.of() : Alert.openOf(patient.patientId);
        for (AlertRule rule : PAIN_TREND_RULES) {
            Alert current = open.stream().filter(a -> a.rule.equals(rule.code)).findFirst().orElse(null);
            if (holding.isPresent() && holding.get() == rule) {
                if (current == null) {
                    raise(patient, rule, rule.id(), painTrendReason(rule, levels), null, null, at);
                }
            } else if (current != null) {
                close(current, "The latest week's pain is no longer up from the baseline week", at);
            }
        }
    }

    /** A completed session ends the session episodes it does not continue, and any stretch without sessions. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sessionCompleted(PatientProfile patient, SessionTrack session, Instant completedAt) {
        if (patient.openAlerts == 0) {
            return;
        }
        for (Alert alert : Alert.openOf(session.patientId)) {
            AlertRule rule = AlertRule.ofCode(alert.rule).orElse(null);
            if (rule == null) {
                continue;
            }
            if (SESSION_RULES.contains(rule) && !PAUSING_RULES.contains(rule) && completedAt.isAfter(alert.raisedAt)
                    && !continues(rule, session)) {
                close(alert, "A later session was completed without it", completedAt);
            } else if (INACTIVITY_RULES.contains(rule) && completedAt.isAfter(alert.raisedAt.minus(window(rule)))) {
                close(alert, "A session was completed", completedAt);
            }
        }
    }

    /** A clinician resumed a paused program: the episodes of the rules that pause programs end. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void programResumed(PatientProfile patient, Instant at) {
        for (AlertRule rule : PAUSING_RULES) {
            clear(patient, rule, "A clinician resumed the program", at);
        }
    }

    /** The inactivity rules as judged now: those that hold are raised, the others cleared. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void inactivity(PatientProfile patient, Set<AlertRule> holding, Instant now) {
        if (holding.isEmpty() && patient.openAlerts == 0) {
            return;
        }
        for (AlertRule rule : INACTIVITY_RULES) {
            if (holding.contains(rule)) {
                raise(patient, rule, rule.id(), rule == AlertRule.INACTIVE_14_DAYS
                        ? "No session for " + Inactivity.INACTIVE_DAYS + " days or more while a program is in force"
                        : "No session for " + Inactivity.MISSED_DAYS + " days while the program expected one",
                        null, null, now);
            } else {
                clear(patient, rule, "Sessions are no longer missing", now);
            }
        }
    }

    /** Raises the rule unless an episode of it is already open; @return the new alert, or null */
    Alert raise(PatientProfile patient, AlertRule rule, String ruleId, String reason, UUID sessionId, Integer painScore,
            Instant at) {
        if (patient.openAlerts > 0 && Alert.open(patient.patientId, rule) != null) {
            metrics.counter("lumbar_alerts_repeated_total", "rule", rule.code).increment();
            return null;
        }
        Alert alert = new Alert();
        alert.id = UUID.randomUUID();
        alert.patientId = patient.patientId;
        alert.clinicId = patient.clinicId;
        alert.rule = rule.code;
        alert.severity = rule.severity.code;
        alert.severityRank = rule.severity.rank;
        alert.reason = reason.length() > 500 ? reason.substring(0, 500) : reason;
        alert.ruleId = ruleId;
        alert.sessionId = sessionId;
        alert.painScore = painScore;
        alert.raisedAt = at;
        alert.openKey = Alert.openKey(patient.patientId, rule);
        alert.persist();
        patient.openAlerts++;
        feed.publish(new AlertRaised(alert.id, alert.patientId, alert.clinicId, alert.rule, alert.severity, alert.reason,
                alert.sessionId, alert.painScore, alert.raisedAt, alert.ruleId), alert.patientId, alert.clinicId,
                alert.id.toString(), alert.raisedAt);
        metrics.counter("lumbar_alerts_raised_total", "rule", rule.code, "severity", rule.severity.code).increment();
        LOG.debugf("Raised %s alert %s for %s", rule.code, alert.id, alert.patientId);
        return alert;
    }

    void clear(PatientProfile patient, AlertRule rule, String reason, Instant at) {
        if (patient.openAlerts == 0) {
            return;
        }
        Alert open = Alert.open(patient.patientId, rule);
        if (open != null) {
            close(open, reason, at);
        }
    }

    private void close(Alert alert, String reason, Instant at) {
        PatientProfile patient = PatientProfile.findById(alert.patientId);
        if (patient != null && patient.openAlerts > 0) {
            patient.openAlerts--;
        }
        alert.openKey = null;
        alert.clearedAt = at.isBefore(alert.raisedAt) ? alert.raisedAt : at;
        alert.clearedReason = reason;
        // written now: a new episode of the rule may be inserted later in this transaction, and Hibernate would
        // otherwise run that insert before this update and trip over the unique open key
        alert.flush();
        feed.publish(new AlertCleared(alert.id, alert.patientId, alert.clinicId, alert.rule, alert.severity, reason,
                alert.raisedAt, alert.clearedAt), alert.patientId, alert.clinicId, alert.id.toString(), alert.clearedAt);
        metrics.counter("lumbar_alerts_cleared_total", "rule", alert.rule).increment();
    }

    private static boolean continues(AlertRule rule, SessionTrack session) {
        return switch (rule) {
            case RED_FLAG -> session.redFlag;
            case SEVERE_PAIN -> session.maxPain != null && AlertRules.severePain(session.maxPain);
            case WARNING_PAIN_SEVERAL_EXERCISES ->
                AlertRules.warningPainOnSeveralExercises(session.warningExerciseList().size());
            default -> false;
        };
    }

    private static Duration window(AlertRule rule) {
        return Duration.ofDays(rule == AlertRule.INACTIVE_14_DAYS ? Inactivity.INACTIVE_DAYS : Inactivity.MISSED_DAYS);
    }

    private static String painTrendReason(AlertRule rule, AlertRules.PainLevels levels) {
        String before = levels.weekBefore() == null || levels.baselineBefore() == null ? null
                : String.format(java.util.Locale.ROOT, "before sessions %.1f against %.1f in the baseline week", levels.weekBefore(),
                        levels.baselineBefore());
        String after = levels.weekAfter() == null || levels.baselineAfter() == null ? null
                : String.format(java.util.Locale.ROOT, "after sessions %.1f against %.1f in the baseline week", levels.weekAfter(),
                        levels.baselineAfter());
        String detail = before != null && after != null ? before + "; " + after : before != null ? before : after;
        return (rule == AlertRule.PAIN_INCREASE ? "Weekly pain up 2 points or more: " : "Weekly pain 5 or more and up: ")
                + detail;
    }

    private static String where(PainReported pain) {
        return pain.exercise() == null ? "" : " (" + pain.exercise() + ")";
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
