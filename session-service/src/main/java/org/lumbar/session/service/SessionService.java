package org.lumbar.session.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.lumbar.commons.http.ProblemException;
import org.lumbar.commons.outbox.Outbox;
import org.lumbar.commons.security.Caller;
import org.lumbar.contracts.program.ProgramItem;
import org.lumbar.contracts.session.PainReported;
import org.lumbar.contracts.session.SessionCompleted;
import org.lumbar.contracts.session.SessionStarted;
import org.lumbar.contracts.session.SetCompleted;
import org.lumbar.session.domain.CatalogExercise;
import org.lumbar.session.domain.ExerciseSession;
import org.lumbar.session.domain.PainReport;
import org.lumbar.session.domain.ProgramSnapshot;
import org.lumbar.session.domain.SessionSet;
import org.lumbar.session.domain.SessionState;
import org.lumbar.session.rest.PainRequest;
import org.lumbar.session.rest.SessionView;
import org.lumbar.session.rest.SessionView.Guidance;
import org.lumbar.session.rest.SessionView.PainView;
import org.lumbar.session.rest.SessionView.SetView;
import org.lumbar.session.rest.SetRequest;
import org.lumbar.session.rest.StartSessionRequest;

import io.micrometer.core.instrument.MeterRegistry;

/** The session lifecycle: every change is stored with its event in one transaction (outbox). */
@ApplicationScoped
public class SessionService {

    private final Outbox outbox;
    private final Caller caller;
    private final ProgramDirectory programs;
    private final GuidanceTexts texts;
    private final MeterRegistry metrics;

    public SessionService(Outbox outbox, Caller caller, ProgramDirectory programs, GuidanceTexts texts,
            MeterRegistry metrics) {
        this.outbox = outbox;
        this.caller = caller;
        this.programs = programs;
        this.texts = texts;
        this.metrics = metrics;
    }

    @Transactional
    public SessionView start(StartSessionRequest request) {
        if (!caller.isPatient()) {
            throw ProblemException.forbidden("Only patients record sessions");
        }
        ExerciseSession session = new ExerciseSession();
        session.id = UUID.randomUUID();
        session.patientId = caller.id();
        session.clinicId = caller.clinicId().orElse(null);
        ZoneId zone = ZoneId.of("UTC");
        if (request != null && request.programId() != null) {
            ProgramSnapshot program = programs.latest(request.programId());
            if (!program.patientId.equals(caller.id())) {
                throw ProblemException.notFound("Program " + request.programId());
            }
            session.programId = program.programId;
            session.programVersion = program.version;
            session.setsPrescribed = program.setsPrescribed;
            zone = ZoneId.of(program.timeZone);
        }
        Instant now = Instant.now();
        session.plannedDate = request != null && request.plannedDate() != null ? request.plannedDate() : LocalDate.now(zone);
        session.state = SessionState.IN_PROGRESS;
        session.startedAt = now;
        session.updatedAt = now;
        session.persist();
        outbox.enqueue(new SessionStarted(session.id, session.patientId, session.programId, session.programVersion,
                session.plannedDate, now), session.patientId, session.id.toString(), now);
        metrics.counter("lumbar_sessions_started_total").increment();
        return view(session);
    }

    @Transactional
    public SetView addSet(UUID sessionId, SetRequest request) {
        ExerciseSession session = writable(sessionId);
        requireInProgram(session, request.exercise());
        String side = request.side() == null ? "both" : request.side();
        long already = SessionSet.count("sessionId = ?1 and exercise = ?2 and setNumber = ?3 and side = ?4", sessionId,
                request.exercise(), request.setNumber(), side);
        if (already > 0) {
            throw ProblemException.conflict("Set " + request.setNumber() + " of " + request.exercise() + " (" + side
                    + ") is already recorded in this session");
        }
        Instant now = Instant.now();
        SessionSet set = new SessionSet();
        set.id = UUID.randomUUID();
        set.sessionId = sessionId;
        set.exercise = request.exercise();
        set.setNumber = request.setNumber();
        set.side = side;
        set.reps = request.reps();
        set.holdSeconds = request.holdSeconds();
        set.effort = request.effort();
        set.occurredAt = now;
        set.persist();
        session.updatedAt = now;
        outbox.enqueue(new SetCompleted(sessionId, session.patientId, set.exercise, set.setNumber, set.side, set.reps,
                set.holdSeconds, now), session.patientId, sessionId.toString(), now);
        return setView(set);
    }

    @Transactional
    public PainView reportPain(UUID sessionId, PainRequest request) {
        ExerciseSession session = writable(sessionId);
        if (request.exercise() != null) {
            requireInProgram(session, request.exercise());
        }
        List<String> redFlags = request.redFlags() == null ? List.of() : request.redFlags();
        List<String> earlierWarnings = PainReport.<PainReport> list(
                "sessionId = ?1 and exercise is not null and quality in ?2", sessionId, PainGuidance.WARNING_QUALITIES)
                .stream().map(p -> p.exercise).distinct().toList();
        PainGuidance.Decision decision = PainGuidance.decide(request.quality(), redFlags, request.exercise(),
                earlierWarnings);

        Instant now = Instant.now();
        PainReport pain = new PainReport();
        pain.id = UUID.randomUUID();
        pain.sessionId = sessionId;
        pain.exercise = request.exercise();
        pain.score = request.score();
        pain.timing = request.timing();
        pain.quality = request.quality();
        pain.location = request.location();
        pain.redFlags = redFlags.isEmpty() ? null : String.join(",", redFlags);
        pain.guidance = decision.action().code;
        pain.alert = decision.alert();
        pain.occurredAt = now;
        pain.persist();
        session.updatedAt = now;
        outbox.enqueue(new PainReported(sessionId, session.patientId, pain.exercise, pain.score, pain.timing,
                pain.quality, pain.location, pain.guidance, pain.alert, now), session.patientId, sessionId.toString(), now);
        metrics.counter("lumbar_pain_reports_total", "quality", pain.quality == null ? "unspecified" : pain.quality)
                .increment();
        return painView(pain);
    }

    @Transactional
    public SessionView complete(UUID sessionId) {
        ExerciseSession session = writable(sessionId);
        Instant now = Instant.now();
        session.state = SessionState.COMPLETED;
        session.endedAt = now;
        session.updatedAt = now;
        int setsCompleted = setsCompleted(sessionId);
        outbox.enqueue(new SessionCompleted(sessionId, session.patientId, session.programId, session.programVersion,
                session.plannedDate, setsCompleted, session.setsPrescribed, now), session.patientId,
                sessionId.toString(), now);
        metrics.counter("lumbar_sessions_completed_total").increment();
        return view(session);
    }

    @Transactional
    public SessionView get(UUID sessionId) {
        ExerciseSession session = ExerciseSession.findById(sessionId);
        if (session == null) {
            throw ProblemException.notFound("Session " + sessionId);
        }
        caller.requireRead(session.patientId, session.clinicId, "Session " + sessionId);
        return view(session);
    }

    /** Only the patient writes their session, and only while it is in progress. */
    private ExerciseSession writable(UUID sessionId) {
        ExerciseSession session = ExerciseSession.findById(sessionId);
        if (session == null || !session.patientId.equals(caller.id())) {
            throw ProblemException.notFound("Session " + sessionId);
        }
        if (session.state != SessionState.IN_PROGRESS) {
            throw ProblemException.conflict("Session " + sessionId + " is " + session.state.name().toLowerCase()
                    + " and takes no more changes");
        }
        return session;
    }

    private void requireInProgram(ExerciseSession session, String exercise) {
        if (session.programId == null) {
            if (CatalogExercise.findById(exercise) == null) {
                throw ProblemException.unprocessable("exercise", "unknown exercise " + exercise);
            }
            return;
        }
        ProgramSnapshot program = ProgramSnapshot.findById(new ProgramSnapshot.Key(session.programId, session.programVersion));
        boolean inProgram = programs.items(program).stream().map(ProgramItem::exercise).anyMatch(exercise::equals);
        if (!inProgram) {
            throw ProblemException.unprocessable("exercise", exercise + " is not part of this session's program");
        }
    }

    /** Distinct (exercise, set number) pairs: a per-side set done on both sides counts once. */
    private static int setsCompleted(UUID sessionId) {
        return (int) SessionSet.ofSession(sessionId).stream().map(s -> s.exercise + "#" + s.setNumber).distinct().count();
    }

    private SessionView view(ExerciseSession s) {
        List<SessionSet> sets = SessionSet.ofSession(s.id);
        List<PainReport> pains = PainReport.ofSession(s.id);
        Integer before = pains.stream().filter(p -> "before".equals(p.timing)).reduce((a, b) -> b).map(p -> p.score).orElse(null);
        Integer after = pains.stream().filter(p -> "after".equals(p.timing)).reduce((a, b) -> b).map(p -> p.score).orElse(null);
        int completed = (int) sets.stream().map(x -> x.exercise + "#" + x.setNumber).distinct().count();
        return new SessionView(s.id, s.patientId, s.programId, s.programVersion, s.plannedDate, s.state.name(),
                s.startedAt, s.endedAt, before, after, s.setsPrescribed, completed,
                sets.stream().map(SessionService::setView).toList(), pains.stream().map(this::painView).toList());
    }

    private static SetView setView(SessionSet s) {
        return new SetView(s.id, s.exercise, s.setNumber, s.side, s.reps, s.holdSeconds, s.effort, s.occurredAt);
    }

    private PainView painView(PainReport p) {
        PainGuidance.Action action = Arrays.stream(PainGuidance.Action.values()).filter(a -> a.code.equals(p.guidance))
                .findFirst().orElse(PainGuidance.Action.CONTINUE);
        String modification = null;
        String modificationName = null;
        if (action == PainGuidance.Action.MODIFY && p.exercise != null) {
            CatalogExercise exercise = CatalogExercise.findById(p.exercise);
            CatalogExercise easier = exercise == null || exercise.easierSlug == null ? null
                    : CatalogExercise.findById(exercise.easierSlug);
            if (easier != null) {
                modification = easier.slug;
                modificationName = easier.name;
            }
        }
        Guidance guidance = new Guidance(action.code, texts.message(action, modification, modificationName),
                modification, modificationName, p.alert);
        return new PainView(p.id, p.exercise, p.score, p.timing, p.quality, p.location,
                p.redFlags == null ? List.of() : List.of(p.redFlags.split(",")), guidance, p.occurredAt);
    }
}
