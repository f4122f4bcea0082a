package org.lumbar.session.recording;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.lumbar.clinical.pain.PainAssessment;
import org.lumbar.clinical.pain.PainContext;
import org.lumbar.clinical.pain.PainRule;
import org.lumbar.clinical.pain.PainRules;
import org.lumbar.commons.http.ProblemException;
import org.lumbar.commons.outbox.Outbox;
import org.lumbar.commons.persistence.TimeOrderedIds;
import org.lumbar.contracts.program.ProgramItem;
import org.lumbar.contracts.session.PainReported;
import org.lumbar.contracts.session.SessionAbandoned;
import org.lumbar.contracts.session.SessionCompleted;
import org.lumbar.contracts.session.SessionStarted;
import org.lumbar.contracts.session.SetCompleted;
import org.lumbar.session.config.SessionConfig;
import org.lumbar.session.domain.CatalogExercise;
import org.lumbar.session.domain.ExerciseSession;
import org.lumbar.session.domain.PainReport;
import org.lumbar.session.domain.ProgramSnapshot;
import org.lumbar.session.domain.SessionNote;
import org.lumbar.session.domain.SessionSet;
import org.lumbar.session.domain.SessionState;
import org.lumbar.session.recording.SessionView.NoteView;
import org.lumbar.session.recording.SessionView.PainView;
import org.lumbar.session.recording.SessionView.SetView;
import org.lumbar.session.client.ProgramDirectory;
import org.lumbar.session.stream.SessionChange;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The rules of recording a session, shared by live calls and offline uploads. Every change is stored with its
 * event in the caller's transaction (outbox), keeps the time the patient gave it, and is applied once per client
 * id: an entry whose id is already recorded in the same session is answered as it was and emits nothing.
 * {@code field} prefixes name the offending part of the request in errors (e.g. {@code sets[3].}).
 */
@ApplicationScoped
public class SessionRecorder {

    private static final Duration ACTIVITY_GRANULARITY = Duration.ofMinutes(1);

    private final Outbox outbox;
    private final ProgramDirectory programs;
    private final SessionViews views;
    private final SessionConfig config;
    private final MeterRegistry metrics;
    private final Event<SessionChange> changes;

    public SessionRecorder(Outbox outbox, ProgramDirectory programs, SessionViews views, SessionConfig config,
            MeterRegistry metrics, Event<SessionChange> changes) {
        this.outbox = outbox;
        this.programs = programs;
        this.views = views;
        this.config = config;
        this.metrics = metrics;
        this.changes = changes;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ExerciseSession start(UUID id, String patientId, String clinicId, ProgramSnapshot program,
            LocalDate plannedDate, Instant startedAt) {
        ExerciseSession session = new ExerciseSession();
        session.id = id;
        session.patientId = patientId;
        session.clinicId = clinicId;
        if (program != null) {
            session.programId = program.programId;
            session.programVersion = program.version;
            session.setsPrescribed = program.setsPrescribed;
        }
        session.plannedDate = plannedDate;
        session.state = SessionState.IN_PROGRESS;
        session.startedAt = startedAt;
        session.updatedAt = Instant.now();
        session.persist();
        outbox.enqueue(new SessionStarted(session.id, patientId, session.programId, session.programVersion,
                plannedDate, startedAt), patientId, session.id.toString(), startedAt);
        metrics.counter("lumbar_sessions_started_total").increment();
        changes.fire(new SessionChange(session.id, "started", views.summary(session)));
        return session;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public SetView addSet(ExerciseSession session, SetRequest request, String field, RecordedEntries recorded) {
        if (recorded.mayContain(request.id())) {
            SessionSet known = SessionSet.findById(request.id());
            if (known != null) {
                requireSameSession(known.sessionId, session, field + "id");
                return SessionViews.set(known);
            }
        }
        requireInProgress(session);
        requireInProgram(session, request.exercise(), field + "exercise");
        Instant at = occurredAt(session, request.occurredAt(), field + "occurredAt");
        String side = request.side() == null ? "both" : request.side();
        // a set recorded twice under different ids is caught by the unique constraint on flush: 409
        SessionSet set = new SessionSet();
        set.id = clientIdOrNew(request.id());
        set.sessionId = session.id;
        set.exercise = request.exercise();
        set.setNumber = request.setNumber();
        set.side = side;
        set.reps = request.reps();
        set.holdSeconds = request.holdSeconds();
        set.effort = request.effort();
        set.occurredAt = at;
        set.persist();
        touch(session);
        outbox.enqueue(new SetCompleted(session.id, session.patientId, set.exercise, set.setNumber, set.side, set.reps,
                set.holdSeconds, at), session.patientId, session.id.toString(), at);
        SetView view = SessionViews.set(set);
        changes.fire(new SessionChange(session.id, "set", view));
        return view;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public PainView reportPain(ExerciseSession session, PainRequest request, String field, RecordedEntries recorded) {
        if (recorded.mayContain(request.id())) {
            PainReport known = PainReport.findById(request.id());
            if (known != null) {
                requireSameSession(known.sessionId, session, field + "id");
                return views.pain(known);
            }
        }
        requireInProgress(session);
        if (request.exercise() != null) {
            requireInProgram(session, request.exercise(), field + "exercise");
        }
        Instant at = occurredAt(session, request.occurredAt(), field + "occurredAt");
        List<String> redFlags = request.redFlags() == null ? List.of() : request.redFlags();
        boolean flareUp = Boolean.TRUE.equals(request.flareUp());
        PainAssessment assessment = PainRules.assess(org.lumbar.clinical.pain.PainReport.fromCodes(request.score(), request.timing(),
                request.quality(), request.location(), redFlags, request.exercise(), flareUp),
                painContext(session, request.exercise(), at));

        PainReport pain = new PainReport();
        pain.id = clientIdOrNew(request.id());
        pain.sessionId = session.id;
        pain.exercise = request.exercise();
        pain.score = request.score();
        pain.timing = request.timing();
        pain.quality = request.quality();
        pain.location = request.location();
        pain.side = request.side();
        pain.flareUp = flareUp;
        pain.redFlags = redFlags.isEmpty() ? null : String.join(",", redFlags);
        pain.ruleId = assessment.rule().id();
        pain.guidance = assessment.action().code;
        pain.alert = !assessment.alerts().isEmpty();
        pain.occurredAt = at;
        pain.persist();
        touch(session);
        outbox.enqueue(new PainReported(session.id, session.patientId, pain.exercise, pain.score, pain.timing,
                pain.quality, pain.location, pain.side, redFlags, pain.ruleId, pain.guidance, pain.alert, at),
                session.patientId,
                session.id.toString(), at);
        metrics.counter("lumbar_pain_reports_total", "quality", pain.quality == null ? "unspecified" : pain.quality)
                .increment();
        PainView view = views.pain(pain);
        changes.fire(new SessionChange(session.id, "pain", view));
        return view;
    }

    /** What the rule book needs to know besides the report: this session's earlier reports and the last session. */
    private PainContext painContext(ExerciseSession session, String exercise, Instant at) {
        List<PainReport> earlier = PainReport.ofSession(session.id);
        Set<String> painful = earlier.stream()
                .filter(p -> p.exercise != null && p.ruleId != null
                        && PainRule.ofId(p.ruleId).map(PainRule::painfulExercise).orElse(false))
                .map(p -> p.exercise).collect(Collectors.toSet());
        CatalogExercise known = exercise == null ? null : CatalogExercise.findById(exercise);
        Integer worstLastSession = PainReport.worstOfLastSession(session.patientId, session.id,
                at.minus(Duration.ofDays(PainRules.NOT_IMPROVING_WITHIN_DAYS)));
        return new PainContext(earlier.stream().map(p -> p.score).toList(), painful,
                known == null ? Set.of() : known.variants(), worstLastSession, strengthDay(session));
    }

    private boolean strengthDay(ExerciseSession session) {
        if (session.programId == null) {
            return false;
        }
        return programs.items(session.programId, session.programVersion).stream()
                .map(item -> CatalogExercise.<CatalogExercise> findById(item.exercise()))
                .anyMatch(known -> known != null && known.strengthening());
    }

    /** Notes stay in the session: they are the patient's words and never travel on Kafka. */
    @Transactional(Transactional.TxType.MANDATORY)
    public NoteView addNote(ExerciseSession session, NoteRequest request, String field, RecordedEntries recorded) {
        if (recorded.mayContain(request.id())) {
            SessionNote known = SessionNote.findById(request.id());
            if (known != null) {
                requireSameSession(known.sessionId, session, field + "id");
                return SessionViews.note(known);
            }
        }
        SessionNote note = new SessionNote();
        note.id = clientIdOrNew(request.id());
        note.sessionId = session.id;
        note.text = request.text();
        note.occurredAt = occurredAt(session, request.occurredAt(), field + "occurredAt");
        note.persist();
        touch(session);
        NoteView view = SessionViews.note(note);
        changes.fire(new SessionChange(session.id, "note", view));
        return view;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(ExerciseSession session, Instant at) {
        requireInProgress(session);
        end(session, SessionState.COMPLETED, null, occurredAt(session, at, "completedAt"));
        int setsCompleted = views.setsCompleted(session, SessionSet.ofSession(session.id));
        outbox.enqueue(new SessionCompleted(session.id, session.patientId, session.programId, session.programVersion,
                session.plannedDate, setsCompleted, session.setsPrescribed, session.endedAt, strengthDay(session)),
                session.patientId, session.id.toString(), session.endedAt);
        metrics.counter("lumbar_sessions_completed_total").increment();
        changes.fire(new SessionChange(session.id, "completed", views.summary(session)));
    }

    /** @param reason patient, or idle when the session sat unchanged too long */
    @Transactional(Transactional.TxType.MANDATORY)
    public void abandon(ExerciseSession session, String reason, Instant at) {
        requireInProgress(session);
        end(session, SessionState.ABANDONED, reason, "idle".equals(reason) ? at : occurredAt(session, at, "abandonedAt"));
        int setsCompleted = views.setsCompleted(session, SessionSet.ofSession(session.id));
        outbox.enqueue(new SessionAbandoned(session.id, session.patientId, session.programId, session.programVersion,
                session.plannedDate, setsCompleted, session.setsPrescribed, reason, session.endedAt), session.patientId,
                session.id.toString(), session.endedAt);
        metrics.counter("lumbar_sessions_abandoned_total", "reason", reason).increment();
        changes.fire(new SessionChange(session.id, "abandoned", views.summary(session)));
    }

    /**
     * The time an entry happened: the client's when given (offline), else now. Not more than the tolerated clock
     * skew in the future, and not before the session started.
     */
    public Instant occurredAt(ExerciseSession session, Instant given, String field) {
        Instant now = Instant.now();
        if (given == null) {
            return now.isBefore(session.startedAt) ? session.startedAt : now;
        }
        if (given.isAfter(now.plus(config.futureTolerance()))) {
            throw ProblemException.unprocessable(field, "is in the future");
        }
        if (given.isBefore(session.startedAt)) {
            throw ProblemException.unprocessable(field, "is before the session started (" + session.startedAt + ")");
        }
        return given;
    }

    private static void end(ExerciseSession session, SessionState state, String reason, Instant at) {
        session.state = state;
        session.endReason = reason;
        session.endedAt = at;
        session.updatedAt = Instant.now();
    }

    /**
     * Records that the session changed, for the idle check. The time is kept to the minute, which is plenty for a
     * timeout of hours and spares most writes an update of the session row; the update names its one column, so it
     * never writes back a state that a concurrent completion changed.
     */
    private static void touch(ExerciseSession session) {
        Instant now = Instant.now();
        if (session.updatedAt.isBefore(now.minus(ACTIVITY_GRANULARITY))) {
            ExerciseSession.update("updatedAt = ?1 where id = ?2 and updatedAt < ?1", now, session.id);
        }
    }

    private static void requireInProgress(ExerciseSession session) {
        if (session.state != SessionState.IN_PROGRESS) {
            throw ProblemException.conflict("Session " + session.id + " is " + session.state.name().toLowerCase()
                    + " and takes no more changes");
        }
    }

    /** The id the client chose (offline entries carry their own), else a time-ordered one. */
    private static UUID clientIdOrNew(UUID clientId) {
        return clientId != null ? clientId : TimeOrderedIds.next();
    }

    private static void requireSameSession(UUID recordedIn, ExerciseSession session, String field) {
        if (!recordedIn.equals(session.id)) {
            throw ProblemException.conflict(field + " is already used by another session");
        }
    }

    private void requireInProgram(ExerciseSession session, String exercise, String field) {
        if (session.programId == null) {
            if (CatalogExercise.findById(exercise) == null) {
                throw ProblemException.unprocessable(field, "unknown exercise " + exercise);
            }
            return;
        }
        List<ProgramItem> items = programs.items(session.programId, session.programVersion);
        if (items.stream().map(ProgramItem::exercise).noneMatch(exercise::equals)) {
            throw ProblemException.unprocessable(field, exercise + " is not part of this session's program");
        }
    }
}
