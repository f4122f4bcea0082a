package org.lumbar.session.recording;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.lumbar.commons.http.ProblemException;
import org.lumbar.commons.persistence.GroupedWrites;
import org.lumbar.commons.persistence.TimeOrderedIds;
import org.lumbar.commons.security.Caller;
import org.lumbar.session.domain.ExerciseSession;
import org.lumbar.session.domain.ProgramSnapshot;
import org.lumbar.session.recording.SessionView.NoteView;
import org.lumbar.session.recording.SessionView.PainView;
import org.lumbar.session.recording.SessionView.SetView;
import org.lumbar.session.client.ProgramDirectory;

/** Live sessions: who may do what, then {@link SessionRecorder} for the rules. */
@ApplicationScoped
public class SessionService {

    private final Caller caller;
    private final ProgramDirectory programs;
    private final SessionRecorder recorder;
    private final SessionViews views;
    private final GroupedWrites groupedWrites;

    public SessionService(Caller caller, ProgramDirectory programs, SessionRecorder recorder, SessionViews views,
            GroupedWrites groupedWrites) {
        this.caller = caller;
        this.programs = programs;
        this.recorder = recorder;
        this.views = views;
        this.groupedWrites = groupedWrites;
    }

    @Transactional
    public SessionView start(StartSessionRequest request) {
        requirePatient();
        ProgramSnapshot program = request != null && request.programId() != null ? ownProgram(request.programId()) : null;
        if (program != null && program.held()) {
            throw ProblemException.conflict("Program " + program.programId + " is "
                    + program.status.toLowerCase().replace('_', ' ') + (program.holdReason == null ? ""
                            : " (" + program.holdReason + ")")
                    + ": no session starts until a clinician of your clinic lets it go on");
        }
        ZoneId zone = ZoneId.of(program == null ? "UTC" : program.timeZone);
        LocalDate planned = request != null && request.plannedDate() != null ? request.plannedDate() : LocalDate.now(zone);
        ExerciseSession session = recorder.start(TimeOrderedIds.next(), caller.id(), caller.clinicId().orElse(null),
                program, planned, Instant.now());
        return views.full(session);
    }

    /**
     * @param patientId the caller, resolved on the request's thread: {@link SetWrites} may run this on its own
     */
    @Transactional
    public SetView addSet(String patientId, UUID sessionId, SetRequest request) {
        SetView set = recorder.addSet(own(sessionId, patientId), request, "", RecordedEntries.ASK_DATABASE);
        groupedWrites.flushUnlessGrouped(); // a duplicate set fails here, as a 409, not at commit
        return set;
    }

    /** Loads these sessions in one query, for a grouped transaction about to write to them ({@link SetWrites}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void readAhead(Collection<UUID> sessionIds) {
        ExerciseSession.list("id in ?1", sessionIds);
    }

    @Transactional
    public PainView reportPain(UUID sessionId, PainRequest request) {
        return recorder.reportPain(own(sessionId), request, "", RecordedEntries.ASK_DATABASE);
    }

    @Transactional
    public NoteView addNote(UUID sessionId, NoteRequest request) {
        return recorder.addNote(own(sessionId), request, "", RecordedEntries.ASK_DATABASE);
    }

    @Transactional
    public SessionView complete(UUID sessionId) {
        ExerciseSession session = own(sessionId);
        recorder.complete(session, null);
        return views.full(session);
    }

    @Transactional
    public SessionView abandon(UUID sessionId) {
        ExerciseSession session = own(sessionId);
        recorder.abandon(session, "patient", null);
        return views.full(session);
    }

    @Transactional
    public SessionView get(UUID sessionId) {
        return views.full(readable(sessionId));
    }

    /**
     * Sessions started between two days (inclusive, UTC): the caller's own, or for a clinician those of one patient
     * of their clinic.
     */
    @Transactional
    public List<SessionView> list(String patientId, LocalDate from, LocalDate to) {
        LocalDate last = to != null ? to : LocalDate.now(ZoneId.of("UTC"));
        LocalDate first = from != null ? from : last.minusDays(30);
        if (last.isBefore(first)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        Instant start = first.atStartOfDay(ZoneId.of("UTC")).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(ZoneId.of("UTC")).toInstant();
        List<ExerciseSession> found;
        if (patientId == null || caller.patientFromPath(patientId).equals(caller.id())) {
            found = ExerciseSession.list("patientId = ?1 and startedAt >= ?2 and startedAt < ?3 order by startedAt",
                    caller.id(), start, end);
        } else if (caller.isClinician() && caller.clinicId().isPresent()) {
            found = ExerciseSession.list(
                    "patientId = ?1 and clinicId = ?2 and startedAt >= ?3 and startedAt < ?4 order by startedAt",
                    patientId, caller.clinicId().get(), start, end);
            if (!found.isEmpty()) {
                caller.auditRead(patientId);
            }
        } else {
            found = List.of();
        }
        return found.stream().map(views::summary).toList();
    }

    /** Readable by the patient and the clinicians of their clinic; 404 for everyone else. */
    public ExerciseSession readable(UUID sessionId) {
        ExerciseSession session = ExerciseSession.findById(sessionId);
        if (session == null) {
            throw ProblemException.notFound("Session " + sessionId);
        }
        caller.requireRead(session.patientId, session.clinicId, "Session " + sessionId);
        return session;
    }

    private ExerciseSession own(UUID sessionId) {
        return own(sessionId, caller.id());
    }

    /** Only the patient writes their session. */
    private static ExerciseSession own(UUID sessionId, String patientId) {
        ExerciseSession session = ExerciseSession.findById(sessionId);
        if (session == null || !session.patientId.equals(patientId)) {
            throw ProblemException.notFound("Session " + sessionId);
        }
        return session;
    }

    /** The caller's own program; 404 for anyone else's (program-service would answer session-service for any). */
    public ProgramSnapshot ownProgram(UUID programId) {
        return programs.latestOf(programId, caller.id());
    }

    public void requirePatient() {
        if (!caller.isPatient()) {
            throw ProblemException.forbidden("Only patients record sessions");
        }
    }
}
