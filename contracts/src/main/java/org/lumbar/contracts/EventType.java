package org.lumbar.contracts;

import java.util.Arrays;
import java.util.Optional;

import org.lumbar.contracts.catalog.ExercisePublished;
import org.lumbar.contracts.program.ProgramAssigned;
import org.lumbar.contracts.program.ProgramChanged;
import org.lumbar.contracts.program.ProgramEnded;
import org.lumbar.contracts.progress.AlertCleared;
import org.lumbar.contracts.progress.AlertRaised;
import org.lumbar.contracts.progress.WeeklyProgress;
import org.lumbar.contracts.session.MovementRecorded;
import org.lumbar.contracts.session.PainReported;
import org.lumbar.contracts.session.SessionAbandoned;
import org.lumbar.contracts.session.SessionCompleted;
import org.lumbar.contracts.session.SessionStarted;
import org.lumbar.contracts.session.SetCompleted;

/**
 * Every event Lumbar publishes: its CloudEvents {@code type}, the topic it travels on, the record that
 * carries its data and the JSON Schema that data must satisfy ({@code /schemas/<type>.json}).
 */
public enum EventType {

    EXERCISE_PUBLISHED("lumbar.catalog.exercise-published.v1", Topics.CATALOG_EXERCISES, ExercisePublished.class),
    PROGRAM_ASSIGNED("lumbar.program.assigned.v1", Topics.PROGRAM_EVENTS, ProgramAssigned.class),
    PROGRAM_CHANGED("lumbar.program.changed.v1", Topics.PROGRAM_EVENTS, ProgramChanged.class),
    PROGRAM_ENDED("lumbar.program.ended.v1", Topics.PROGRAM_EVENTS, ProgramEnded.class),
    SESSION_STARTED("lumbar.session.started.v1", Topics.SESSION_EVENTS, SessionStarted.class),
    SET_COMPLETED("lumbar.session.set-completed.v1", Topics.SESSION_EVENTS, SetCompleted.class),
    PAIN_REPORTED("lumbar.session.pain-reported.v1", Topics.SESSION_EVENTS, PainReported.class),
    SESSION_COMPLETED("lumbar.session.completed.v1", Topics.SESSION_EVENTS, SessionCompleted.class),
    SESSION_ABANDONED("lumbar.session.abandoned.v1", Topics.SESSION_EVENTS, SessionAbandoned.class),
    MOVEMENT_RECORDED("lumbar.session.movement-recorded.v1", Topics.SESSION_EVENTS, MovementRecorded.class),
    PROGRESS_WEEKLY("lumbar.progress.weekly.v1", Topics.PROGRESS_EVENTS, WeeklyProgress.class),
    ALERT_RAISED("lumbar.progress.alert-raised.v1", Topics.PROGRESS_EVENTS, AlertRaised.class),
    ALERT_CLEARED("lumbar.progress.alert-cleared.v1", Topics.PROGRESS_EVENTS, AlertCleared.class);

    private final String type;
    private final String topic;
    private final Class<? extends Record> dataClass;

    EventType(String type, String topic, Class<? extends Record> dataClass) {
        this.type = type;
        this.topic = topic;
        this.dataClass = dataClass;
    }

    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends Record> dataClass() {
        return dataClass;
    }

    public String schemaResource() {
        return "/schemas/" + type + ".json";
    }

    public static Optional<EventType> ofType(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }

    public static EventType of(Class<? extends Record> dataClass) {
        return Arrays.stream(values()).filter(t -> t.dataClass.equals(dataClass)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No event type carries " + dataClass.getName()));
    }
}
