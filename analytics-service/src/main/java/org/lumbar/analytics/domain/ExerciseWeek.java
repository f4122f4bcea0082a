package org.lumbar.analytics.domain;

import java.io.Serializable;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The sets of one exercise a patient did in one ISO week, with the best reps and the longest hold among them. */
@Entity
@Table(name = "exercise_week")
@IdClass(ExerciseWeek.Key.class)
public class ExerciseWeek extends PanacheEntityBase {

    @Id
    @Column(name = "patient_id")
    public String patientId;

    @Id
    public String exercise;

    @Id
    @Column(name = "iso_week")
    public String isoWeek;

    @Column(name = "sets_done", nullable = false)
    public int setsDone;

    @Column(name = "best_reps")
    public Integer bestReps;

    @Column(name = "best_hold_seconds")
    public Integer bestHoldSeconds;

    public static ExerciseWeek of(String patientId, String exercise, String isoWeek) {
        ExerciseWeek week = findById(new Key(patientId, exercise, isoWeek));
        if (week == null) {
            week = new ExerciseWeek();
            week.patientId = patientId;
            week.exercise = exercise;
            week.isoWeek = isoWeek;
            week.persist();
        }
        return week;
    }

    /**
     * A per-side set is recorded once per side; it counts once, on its right side (the second one done) or when both
     * sides come in one record, as the session counts it (rule adherence.prescribed-sets). Its reps and hold count
     * toward the best of the week whichever side they were done on.
     */
    public void addSet(Integer reps, Integer holdSeconds, String side) {
        if (!"left".equals(side)) {
            setsDone++;
        }
        if (reps != null) {
            bestReps = bestReps == null ? reps : Math.max(bestReps, reps);
        }
        if (holdSeconds != null) {
            bestHoldSeconds = bestHoldSeconds == null ? holdSeconds : Math.max(bestHoldSeconds, holdSeconds);
        }
    }

    public static List<ExerciseWeek> ofPatient(String patientId, String exercise) {
        return list("patientId = ?1 and exercise = ?2 order by isoWeek", patientId, exercise);
    }

    public static List<ExerciseWeek> ofPatient(String patientId) {
        return list("patientId = ?1 order by exercise, isoWeek", patientId);
    }

    public record Key(String patientId, String exercise, String isoWeek) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }
}
