package org.lumbar.analytics.domain;

import java.io.Serializable;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Running totals of one patient's ISO week; each event adds to them. */
@Entity
@Table(name = "weekly_stats")
@IdClass(WeeklyStats.Key.class)
public class WeeklyStats extends PanacheEntityBase {

    @Id
    @Column(name = "patient_id")
    public String patientId;

    /** ISO week such as 2026-W47. */
    @Id
    @Column(name = "iso_week")
    public String isoWeek;

    @Column(name = "sessions_completed", nullable = false)
    public int sessionsCompleted;

    /** Sets done in the week's counted sessions. */
    @Column(name = "sets_done", nullable = false)
    public int setsDone;

    /** Sets prescribed in the week's counted sessions. */
    @Column(name = "sets_prescribed", nullable = false)
    public int setsPrescribed;

    @Column(name = "sessions_abandoned", nullable = false)
    public int sessionsAbandoned;

    /** Sets done in every session of the week that ended (completed or abandoned) with a prescription. */
    @Column(name = "dose_sets_done", nullable = false)
    public int doseSetsDone;

    /** Sets prescribed in those sessions. */
    @Column(name = "dose_sets_prescribed", nullable = false)
    public int doseSetsPrescribed;

    @Column(name = "pain_before_sum", nullable = false)
    public int painBeforeSum;

    @Column(name = "pain_before_count", nullable = false)
    public int painBeforeCount;

    @Column(name = "pain_after_sum", nullable = false)
    public int painAfterSum;

    @Column(name = "pain_after_count", nullable = false)
    public int painAfterCount;

    /** Minutes of walks and other aerobic activity (the weekly movement goal). */
    @Column(name = "aerobic_minutes", nullable = false)
    public int aerobicMinutes;

    /** Completed sessions, counted for adherence, whose program holds strengthening work. */
    @Column(name = "strength_sessions", nullable = false)
    public int strengthSessions;

    public static WeeklyStats of(String patientId, String isoWeek) {
        WeeklyStats stats = findById(new Key(patientId, isoWeek));
        if (stats == null) {
            stats = new WeeklyStats();
            stats.patientId = patientId;
            stats.isoWeek = isoWeek;
            stats.persist();
        }
        return stats;
    }

    public org.lumbar.analytics.definitions.WeekTotals totals() {
        return new org.lumbar.analytics.definitions.WeekTotals(sessionsCompleted, sessionsAbandoned, doseSetsDone,
                doseSetsPrescribed, painBeforeSum, painBeforeCount, painAfterSum, painAfterCount, aerobicMinutes,
                strengthSessions);
    }

    /** Every week of the patient with something recorded, in week order. */
    public static List<WeeklyStats> ofPatient(String patientId) {
        return list("patientId = ?1 order by isoWeek", patientId);
    }

    public static List<WeeklyStats> ofPatients(List<String> patientIds) {
        return list("patientId in ?1 order by patientId, isoWeek", patientIds);
    }

    public record Key(String patientId, String isoWeek) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
