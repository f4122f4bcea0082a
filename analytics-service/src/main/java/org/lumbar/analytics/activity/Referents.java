package org.lumbar.analytics.activity;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.lumbar.analytics.domain.PatientProfile;
import org.lumbar.analytics.domain.PatientProgram;
import org.lumbar.commons.messaging.InboundEvent;
import org.lumbar.commons.messaging.ParkingLot;
import org.lumbar.commons.messaging.ParkingPolicy;
import org.lumbar.contracts.Topics;
import org.lumbar.contracts.program.ProgramEnded;
import org.lumbar.contracts.session.MovementRecorded;
import org.lumbar.contracts.session.PainReported;
import org.lumbar.contracts.session.SessionAbandoned;
import org.lumbar.contracts.session.SessionCompleted;
import org.lumbar.contracts.session.SessionStarted;
import org.lumbar.contracts.session.SetCompleted;
import org.lumbar.analytics.rebuild.ReplayGate;

import io.quarkus.scheduler.Scheduled;

/**
 * What analytics must have heard of before it folds an event into figures: analytics learns of patients and programs
 * from program.events only, read independently of session.events. A session event that names a program needs that
 * program; one that names none (a set, a pain report, a walk) needs its patient to have a program; an ended program
 * needs the program. An assignment or change carries the whole program and needs nothing.
 */
@ApplicationScoped
public class Referents implements ParkingPolicy {

    private final ActivityRecorder recorder;
    private final ReplayGate gate;
    private final ParkingLot parking;

    public Referents(ActivityRecorder recorder, ReplayGate gate, ParkingLot parking) {
        this.recorder = recorder;
        this.gate = gate;
        this.parking = parking;
    }

    @Scheduled(every = "${lumbar.parking.sweep-every}", delayed = "${lumbar.parking.sweep-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweepParkedEvents() {
        parking.sweep();
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.PROGRAM_EVENTS, Topics.SESSION_EVENTS);
    }

    @Override
    public Optional<String> unknownReferent(InboundEvent event) {
        return switch (event.type()) {
            case PROGRAM_ENDED -> program(event.data(ProgramEnded.class).programId());
            case SESSION_STARTED -> session(event.data(SessionStarted.class).programId(), event.key());
            case SESSION_COMPLETED -> session(event.data(SessionCompleted.class).programId(),
                    event.data(SessionCompleted.class).patientId());
            case SESSION_ABANDONED -> session(event.data(SessionAbandoned.class).programId(),
                    event.data(SessionAbandoned.class).patientId());
            case SET_COMPLETED -> patient(event.data(SetCompleted.class).patientId());
            case PAIN_REPORTED -> patient(event.data(PainReported.class).patientId());
            case MOVEMENT_RECORDED -> patient(event.data(MovementRecorded.class).patientId());
            default -> Optional.empty();
        };
    }

    @Override
    public void apply(InboundEvent event) {
        recorder.apply(event, true);
    }

    @Override
    public <T> T guard(Collection<String> keys, Supplier<T> work) {
        return gate.live(keys, work);
    }

    private static Optional<String> session(UUID programId, String patientId) {
        return programId != null ? program(programId) : patient(patientId);
    }

    private static Optional<String> program(UUID programId) {
        return PatientProgram.findById(programId) == null ? Optional.of("program " + programId) : Optional.empty();
    }

    private static Optional<String> patient(String patientId) {
        PatientProfile profile = PatientProfile.findById(patientId);
        return profile == null || profile.firstProgramStart == null ? Optional.of("patient " + patientId)
                : Optional.empty();
    }
}
