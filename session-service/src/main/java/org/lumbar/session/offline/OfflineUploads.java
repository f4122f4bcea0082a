package org.lumbar.session.offline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.lumbar.commons.http.ProblemException;
import org.lumbar.commons.security.Caller;
import org.lumbar.session.config.SessionConfig;
import org.lumbar.session.domain.ExerciseSession;
import org.lumbar.session.domain.ProgramSnapshot;
import org.lumbar.session.domain.SessionState;
import org.lumbar.session.recording.NoteRequest;
import org.lumbar.session.recording.PainRequest;
import org.lumbar.session.recording.SessionView;
import org.lumbar.session.recording.SetRequest;
import org.lumbar.session.recording.RecordedEntries;
import org.lumbar.session.recording.SessionRecorder;
import org.lumbar.session.recording.SessionService;
import org.lumbar.session.recording.SessionViews;

/**
 * A whole session recorded offline, applied in one transaction: all of it or nothing. Entries are applied in the
 * order they happened, so events leave in that order with their original times; entries already recorded (same
 * client id) are skipped, so uploading the same session again changes nothing and emits nothing.
 */
@ApplicationScoped
public class OfflineUploads {

    /** An upload answered as new (201) or as a replay of what is already recorded (200). */
    public record Result(SessionView session, boolean created) {
    }

    private record Entry(Instant at, int order, Runnable apply) {
    }

    private final Caller caller;
    private final SessionService sessions;
    private final SessionRecorder recorder;
    private final SessionViews views;
    private final SessionConfig config;

    public OfflineUploads(Caller caller, SessionService sessions, SessionRecorder recorder, SessionViews views,
            SessionConfig config) {
        this.caller = caller;
        this.sessions = sessions;
        this.recorder = recorder;
        this.views = views;
        this.config = config;
    }

    @Transactional
    public Result upload(OfflineSessionRequest request) {
        sessions.requirePatient();
        List<PainRequest> pains = OfflineSessionRequest.entries(request.pains());
        List<SetRequest> sets = OfflineSessionRequest.entries(request.sets());
        List<NoteRequest> notes = OfflineSessionRequest.entries(request.notes());
        if (pains.size() + sets.size() + notes.size() > config.maxUploadEntries()) {
            throw ProblemException.badRequest("request", "carries more than " + config.maxUploadEntries() + " entries");
        }
        ExerciseSession session = ExerciseSession.findById(request.id());
        boolean created = session == null;
        if (created) {
            if (request.startedAt().isAfter(Instant.now().plus(config.futureTolerance()))) {
                throw ProblemException.unprocessable("startedAt", "is in the future");
            }
            ProgramSnapshot program = request.programId() == null ? null : sessions.ownProgram(request.programId());
            ZoneId zone = ZoneId.of(program == null ? "UTC" : program.timeZone);
            LocalDate planned = request.plannedDate() != null ? request.plannedDate()
                    : request.startedAt().atZone(zone).toLocalDate();
            session = recorder.start(request.id(), caller.id(), caller.clinicId().orElse(null), program, planned,
                    request.startedAt());
        } else if (!session.patientId.equals(caller.id())) {
            throw ProblemException.conflict("id is already used by another session");
        }

        ExerciseSession target = session;
        RecordedEntries recorded = created ? RecordedEntries.NONE : RecordedEntries.of(session.id);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < pains.size(); i++) {
            PainRequest pain = pains.get(i);
            String field = "pains[" + i + "].";
            entries.add(new Entry(pain.occurredAt(), entries.size(),
                    () -> recorder.reportPain(target, pain, field, recorded)));
        }
        for (int i = 0; i < sets.size(); i++) {
            SetRequest set = sets.get(i);
            String field = "sets[" + i + "].";
            entries.add(new Entry(set.occurredAt(), entries.size(),
                    () -> recorder.addSet(target, set, field, recorded)));
        }
        for (int i = 0; i < notes.size(); i++) {
            NoteRequest note = notes.get(i);
            String field = "notes[" + i + "].";
            entries.add(new Entry(note.occurredAt(), entries.size(),
                    () -> recorder.addNote(target, note, field, recorded)));
        }
        entries.sort(Comparator.comparing(Entry::at).thenComparing(Entry::order));
        entries.forEach(e -> e.apply().run());
        if (session.state == SessionState.IN_PROGRESS) {
            if (request.completedAt() != null) {
                recorder.complete(session, request.completedAt());
            } else if (request.abandonedAt() != null) {
                recorder.abandon(session, "patient", request.abandonedAt());
            }
        }
        ExerciseSession.flush(); // a set listed twice under different ids fails here, as a 409
        return new Result(views.full(session), created);
    }
}
