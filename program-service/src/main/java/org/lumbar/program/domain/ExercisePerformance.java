package org.lumbar.program.domain;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** How one exercise went in one session: sets done at the prescribed dose, and the worst pain during it. */
@Entity
@Table(name = "exercise_performance")
@IdClass(ExercisePerformance.Key.class)
public class ExercisePerformance extends PanacheEntityBase {

    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @Id
    public String exercise;

    @Column(name = "sets_at_dose", nullable = false)
    public int setsAtDose;

    @Column(name = "max_pain", nullable = false)
    public int maxPain;

    /** Sharp, stabbing or radiating pain was reported during it. */
    @Column(name = "warning_pain", nullable = false)
    public boolean warningPain;

    public static ExercisePerformance of(UUID sessionId, String exercise) {
        ExercisePerformance performance = findById(new Key(sessionId, exercise));
        if (performance == null) {
            performance = new ExercisePerformance();
            performance.sessionId = sessionId;
            performance.exercise = exercise;
            performance.persist();
        }
        return performance;
    }

    public record Key(UUID sessionId, String exercise) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
