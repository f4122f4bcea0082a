package org.lumbar.analytics.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One session as the analytics rules see it: its day, whether it counted, and what was reported in it. */
@Entity
@Table(name = "session_track")
public class SessionTrack extends PanacheEntityBase {

    public static final String STARTED = "started";
    public static final String COMPLETED = "completed";
    public static final String ABANDONED = "abandoned";

    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "patient_id", nullable = false)
    public String patientId;

    @Column(name = "program_id")
    public UUID programId;

    /** The planned date, or the day the session was first seen in the patient's calendar. */
    @Column(name = "session_day", nullable = false)
    public LocalDate day;

    @Column(nullable = false)
    public String state;

    /** Completed with at least 80% of its prescribed sets. */
    @Column(nullable = false)
    public boolean counted;

    @Column(name = "sets_completed")
    public Integer setsCompleted;

    @Column(name = "sets_prescribed")
    public Integer setsPrescribed;

    @Column(name = "max_pain")
    public Integer maxPain;

    /** The session's pain score before it, the last one given (rule pain-trend.one-score-per-session). */
    @Column(name = "pain_before")
    public Integer painBefore;

    /** The session's pain score after it, the last one given. */
    @Column(name = "pain_after")
    public Integer painAfter;

    @Column(name = "red_flag", nullable = false)
    public boolean redFlag;

    /** Exercises of this session with sharp, stabbing or radiating pain, comma-separated. */
    @Column(name = "warning_exercises")
    public String warningExercises;

    @Column(name = "ended_at")
    public Instant endedAt;

    public static SessionTrack find(UUID sessionId) {
        return findById(sessionId);
    }

    /** The session, created on the given day when this is the first event seen of it. */
    public static SessionTrack of(UUID sessionId, String patientId, LocalDate day) {
        SessionTrack track = findById(sessionId);
        if (track == null) {
            track = new SessionTrack();
            track.sessionId = sessionId;
            track.patientId = patientId;
            track.day = day;
            track.state = STARTED;
            track.persist();
        }
        return track;
    }

    public List<String> warningExerciseList() {
        return warningExercises == null || warningExercises.isBlank() ? List.of()
                : Arrays.asList(warningExercises.split(","));
    }

    /** @return the number of distinct exercises with warning pain after adding this one */
    public int addWarningExercise(String exercise) {
        List<String> exercises = new ArrayList<>(warningExerciseList());
        if (!exercises.contains(exercise)) {
            exercises.add(exercise);
            warningExercises = String.join(",", exercises);
        }
        return exercises.size();
    }

    public void notePain(int score) {
        maxPain = maxPain == null ? score : Math.max(maxPain, score);
    }

    /** Counted sessions of a patient whose day lies between from and to, inclusive. */
    public static List<SessionTrack> countedBetween(String patientId, LocalDate from, LocalDate to) {
        return list("patientId = ?1 and counted = true and day >= ?2 and day <= ?3 order by day", patientId, from, to);
    }

    public static List<SessionTrack> countedBetween(List<String> patientIds, LocalDate from, LocalDate to) {
        return list("patientId in ?1 and counted = true and day >= ?2 and day <= ?3 order by day", patientIds, from, to);
    }
}
