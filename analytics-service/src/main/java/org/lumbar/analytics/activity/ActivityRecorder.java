package org.lumbar.analytics.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.lumbar.analytics.domain.Alert;
import org.lumbar.analytics.domain.ExerciseWeek;
import org.lumbar.analytics.domain.PainScore;
import org.lumbar.analytics.domain.PatientProfile;
import org.lumbar.analytics.domain.PatientProgram;
import org.lumbar.analytics.domain.ProgramVersionInForce;
import org.lumbar.analytics.domain.SessionTrack;
import org.lumbar.analytics.domain.WeeklyStats;
import org.lumbar.clinical.alerts.AlertRules;
import org.lumbar.clinical.measures.Adherence;
import org.lumbar.clinical.measures.IsoWeek;
import org.lumbar.clinical.pain.PainRule;
import org.lumbar.commons.messaging.InboundEvent;
import org.lumbar.commons.schedule.ScheduleColumns;
import org.lumbar.contracts.program.ProgramAssigned;
import org.lumbar.contracts.program.ProgramChanged;
import org.lumbar.contracts.program.ProgramEnded;
import org.lumbar.contracts.session.MovementRecorded;
import org.lumbar.contracts.session.PainReported;
import org.lumbar.contracts.session.SessionAbandoned;
import org.lumbar.contracts.session.SessionCompleted;
import org.lumbar.contracts.session.SessionStarted;
import org.lumbar.contracts.session.SetCompleted;
import org.lumbar.analytics.alerts.AlertService;

/**
 * Folds program and session events into the aggregates, each with a constant amount of work: programs and their
 * versions, the patient's profile, one row per session, the week's running totals, the best set per exercise and week,
 * and every pain score. A session's events fall in the ISO week of its day (its planned date, else the day it started
 * in the patient's calendar), so a pain report and the completion of one session always land in the same week.
 * <p>
 * Live events also drive the alert rules; a rebuild replays the same events without them (alerts are a history with
 * clinicians' acknowledgements and are never replayed).
 */
@ApplicationScoped
public class ActivityRecorder {

    private final AlertService alerts;

    public ActivityRecorder(AlertService alerts) {
        this.alerts = alerts;
    }

    /**
     * Loads the session tracks and patient profiles that a poll's sets will update, one query each instead of one
     * per set; applying the sets then finds them in the persistence context.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void readAhead(List<InboundEvent> events) {
        List<SetCompleted> sets = InboundEvent.dataOf(events, SetCompleted.class);
        if (!sets.isEmpty()) {
            SessionTrack.list("sessionId in ?1", sets.stream().map(SetCompleted::sessionId).distinct().toList());
            PatientProfile.list("patientId in ?1", sets.stream().map(SetCompleted::patientId).distinct().toList());
        }
    }

    /** @param live whether the event also drives alerts (false while replaying) */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(InboundEvent event, boolean live) {
        switch (event.type()) {
            case PROGRAM_ASSIGNED -> programAssigned(event.data(ProgramAssigned.class));
            case PROGRAM_CHANGED -> programChanged(event.data(ProgramChanged.class), live);
            case PROGRAM_ENDED -> programEnded(event.data(ProgramEnded.class));
            case SESSION_STARTED -> sessionStarted(event.data(SessionStarted.class));
            case SET_COMPLETED -> setCompleted(event.data(SetCompleted.class));
            case PAIN_REPORTED -> painReported(event.id(), event.data(PainReported.class), live);
            case SESSION_COMPLETED -> sessionCompleted(event.data(SessionCompleted.class), live);
            case SESSION_ABANDONED -> sessionAbandoned(event.data(SessionAbandoned.class));
            case MOVEMENT_RECORDED -> movementRecorded(event.data(MovementRecorded.class));
            default -> {
                // other topics' events are not analytics' business
            }
        }
    }

    void programAssigned(ProgramAssigned assigned) {
        PatientProgram program = PatientProgram.findById(assigned.programId());
        if (program == null) {
            program = new PatientProgram();
            program.programId = assigned.programId();
            program.version = 0;
        }
        if (program.version < assigned.version()) {
            program.version = assigned.version();
            program.schedule = ScheduleColumns.of(assigned.schedule());
        }
        program.patientId = assigned.patientId();
        program.clinicId = assigned.clinicId();
        program.timeZone = assigned.timeZone();
        program.startDate = assigned.startDate();
        program.endDate = assigned.endDate();
        program.assignedAt = assigned.assignedAt();
        program.persist();
        addVersion(program.programId, assigned.version(), assigned.startDate(), assigned.active(),
                ScheduleColumns.of(assigned.schedule()));
        profileFromProgram(assigned.patientId(), assigned.clinicId(), assigned.timeZone(), assigned.startDate(),
                assigned.assignedAt());
    }

    /** A change may arrive before the assignment (topics read independently): it carries the whole program. */
    void programChanged(ProgramChanged changed, boolean live) {
        PatientProgram program = PatientProgram.findById(changed.programId());
        if (program == null) {
            program = new PatientProgram();
            program.programId = changed.programId();
            program.assignedAt = changed.changedAt();
        }
        if (program.version < changed.version()) {
            program.version = changed.version();
            program.schedule = ScheduleColumns.of(changed.schedule());
        }
        program.patientId = changed.patientId();
        program.clinicId = changed.clinicId();
        program.timeZone = changed.timeZone();
        program.startDate = changed.startDate();
        program.endDate = changed.endDate();
        program.persist();
        ProgramVersionInForce previous = ProgramVersionInForce.findById(
                new ProgramVersionInForce.Key(changed.programId(), changed.version() - 1));
        boolean resumed = "ACTIVE".equals(changed.status()) && previous != null && !previous.active;
        addVersion(program.programId, changed.version(), changed.effectiveFrom(), "ACTIVE".equals(changed.status()),
                ScheduleColumns.of(changed.schedule()));
        if (resumed && live) {
            alerts.programResumed(PatientProfile.of(changed.patientId()), changed.changedAt());
        }
        profileFromProgram(changed.patientId(), changed.clinicId(), changed.timeZone(), changed.startDate(),
                changed.changedAt());
    }

    void programEnded(ProgramEnded ended) {
        PatientProgram program = PatientProgram.findById(ended.programId());
        if (program == null) {
            return;
        }
        program.endDate = ended.endDate();
        addVersion(program.programId, ended.version(), ended.endDate().plusDays(1), false, program.schedule);
    }

    private static void addVersion(UUID programId, int version, LocalDate effectiveFrom, boolean active,
            ScheduleColumns schedule) {
        if (ProgramVersionInForce.findById(new ProgramVersionInForce.Key(programId, version)) != null) {
            return;
        }
        ProgramVersionInForce row = new ProgramVersionInForce();
        row.programId = programId;
        row.version = version;
        row.effectiveFrom = effectiveFrom;
        row.active = active;
        row.schedule = schedule;
        row.persist();
    }

    /** Clinic and time zone follow the latest program event by its own time; the first start is the earliest. */
    private static void profileFromProgram(String patientId, String clinicId, String timeZone, LocalDate startDate,
            Instant at) {
        PatientProfile profile = PatientProfile.of(patientId);
        if (profile.profileAt == null || !at.isBefore(profile.profileAt)) {
            profile.profileAt = at;
            profile.timeZone = timeZone;
            if (clinicId != null) {
                if (!clinicId.equals(profile.clinicId)) {
                    Alert.update("clinicId = ?1 where patientId = ?2 and clinicId is null", clinicId, patientId);
                }
                profile.clinicId = clinicId;
            }
        }
        if (profile.firstProgramStart == null || startDate.isBefore(profile.firstProgramStart)) {
            profile.firstProgramStart = startDate;
        }
    }

    void sessionStarted(SessionStarted started) {
        PatientProfile profile = PatientProfile.of(started.patientId());
        LocalDate day = started.plannedDate() != null ? started.plannedDate() : localDay(profile, started.startedAt());
        SessionTrack session = SessionTrack.of(started.sessionId(), started.patientId(), day);
        session.day = day;
        session.programId = started.programId();
    }

    void setCompleted(SetCompleted set) {
        PatientProfile profile = PatientProfile.of(set.patientId());
        SessionTrack session = SessionTrack.of(set.sessionId(), set.patientId(), localDay(profile, set.occurredAt()));
        ExerciseWeek.of(set.patientId(), set.exercise(), IsoWeek.of(session.day).toString())
                .addSet(set.reps(), set.holdSeconds(), set.side());
    }

    void painReported(String eventId, PainReported pain, boolean live) {
        PatientProfile profile = PatientProfile.of(pain.patientId());
        SessionTrack session = SessionTrack.of(pain.sessionId(), pain.patientId(), localDay(profile, pain.occurredAt()));
        session.notePain(pain.score());
        PainRule rule = PainRuleOfEvent.of(pain, session);
        if (rule.redFlag()) {
            session.redFlag = true;
        }
        if (pain.exercise() != null && rule.painfulExercise()) {
            session.addWarningExercise(pain.exercise());
        }
        PainScore score = new PainScore();
        score.eventId = eventId;
        score.patientId = pain.patientId();
        score.sessionId = pain.sessionId();
        score.exercise = pain.exercise();
        score.score = pain.score();
        score.timing = pain.timing();
        score.quality = pain.quality();
        score.occurredAt = pain.occurredAt();
        score.persist();

        IsoWeek week = IsoWeek.of(session.day);
        boolean before = "before".equals(pain.timing());
        boolean after = "after".equals(pain.timing());
        boolean latestWeek = false;
        if (before || after) {
            WeeklyStats stats = WeeklyStats.of(pain.patientId(), week.toString());
            // one score before and one after per session, the last given (rule pain-trend.one-score-per-session)
            if (before) {
                stats.painBeforeSum += pain.score() - (session.painBefore == null ? 0 : session.painBefore);
                stats.painBeforeCount += session.painBefore == null ? 1 : 0;
                session.painBefore = pain.score();
                profile.firstPainWeekBefore = earlier(profile.firstPainWeekBefore, week.toString());
            } else {
                stats.painAfterSum += pain.score() - (session.painAfter == null ? 0 : session.painAfter);
                stats.painAfterCount += session.painAfter == null ? 1 : 0;
                session.painAfter = pain.score();
                profile.firstPainWeekAfter = earlier(profile.firstPainWeekAfter, week.toString());
            }
            latestWeek = profile.latestPainWeek == null || week.toString().compareTo(profile.latestPainWeek) >= 0;
            if (latestWeek) {
                profile.latestPainWeek = week.toString();
            }
        }
        if (live) {
            alerts.painReported(profile, session, pain, rule);
            if (latestWeek) {
                alerts.painLevels(profile, painLevels(profile, week), pain.occurredAt());
            }
        }
    }

    private static AlertRules.PainLevels painLevels(PatientProfile profile, IsoWeek week) {
        WeeklyStats current = WeeklyStats.findById(new WeeklyStats.Key(profile.patientId, week.toString()));
        WeeklyStats baselineBefore = profile.firstPainWeekBefore == null ? null
                : WeeklyStats.findById(new WeeklyStats.Key(profile.patientId, profile.firstPainWeekBefore));
        WeeklyStats baselineAfter = profile.firstPainWeekAfter == null ? null
                : WeeklyStats.findById(new WeeklyStats.Key(profile.patientId, profile.firstPainWeekAfter));
        return new AlertRules.PainLevels(
                current == null ? null : current.totals().rawPainBefore(),
                baselineBefore == null ? null : baselineBefore.totals().rawPainBefore(),
                current == null ? null : current.totals().rawPainAfter(),
                baselineAfter == null ? null : baselineAfter.totals().rawPainAfter());
    }

    void sessionCompleted(SessionCompleted completed, boolean live) {
        PatientProfile profile = PatientProfile.of(completed.patientId());
        LocalDate seenDay = localDay(profile, completed.completedAt());
        SessionTrack session = SessionTrack.of(completed.sessionId(), completed.patientId(),
                completed.plannedDate() != null ? completed.plannedDate() : seenDay);
        if (isEnded(session)) {
            return;
        }
        if (completed.plannedDate() != null) {
            session.day = completed.plannedDate();
        }
        if (completed.programId() != null) {
            session.programId = completed.programId();
        }
        session.state = SessionTrack.COMPLETED;
        session.counted = Adherence.sessionCounts(completed.setsCompleted(), completed.setsPrescribed());
        session.setsCompleted = completed.setsCompleted();
        session.setsPrescribed = completed.setsPrescribed();
        session.endedAt = completed.completedAt();

        WeeklyStats stats = WeeklyStats.of(completed.patientId(), IsoWeek.of(session.day).toString());
        if (session.counted) {
            stats.sessionsCompleted++;
            if (Boolean.TRUE.equals(completed.strengthWork())) {
                stats.strengthSessions++;
            }
            stats.setsDone += completed.setsCompleted();
            stats.setsPrescribed += completed.setsPrescribed();
        }
        addDose(stats, completed.setsCompleted(), completed.setsPrescribed());

        if (profile.lastSessionOn == null || seenDay.isAfter(profile.lastSessionOn)) {
            profile.lastSessionOn = seenDay;
        }
        if (profile.lastSessionAt == null || completed.completedAt().isAfter(profile.lastSessionAt)) {
            profile.lastSessionAt = completed.completedAt();
        }
        if (live) {
            alerts.sessionCompleted(profile, session, completed.completedAt());
        }
    }

    /** A walk or other aerobic activity counts toward the movement goal of the week it happened in. */
    void movementRecorded(MovementRecorded movement) {
        PatientProfile profile = PatientProfile.of(movement.patientId());
        WeeklyStats.of(movement.patientId(), IsoWeek.of(localDay(profile, movement.occurredAt())).toString())
                .aerobicMinutes += movement.minutes();
    }

    void sessionAbandoned(SessionAbandoned abandoned) {
        PatientProfile profile = PatientProfile.of(abandoned.patientId());
        SessionTrack session = SessionTrack.of(abandoned.sessionId(), abandoned.patientId(),
                abandoned.plannedDate() != null ? abandoned.plannedDate() : localDay(profile, abandoned.abandonedAt()));
        if (isEnded(session)) {
            return;
        }
        if (abandoned.plannedDate() != null) {
            session.day = abandoned.plannedDate();
        }
        session.state = SessionTrack.ABANDONED;
        session.setsCompleted = abandoned.setsCompleted();
        session.setsPrescribed = abandoned.setsPrescribed();
        session.endedAt = abandoned.abandonedAt();
        WeeklyStats stats = WeeklyStats.of(abandoned.patientId(), IsoWeek.of(session.day).toString());
        stats.sessionsAbandoned++;
        addDose(stats, abandoned.setsCompleted(), abandoned.setsPrescribed());
    }

    /** Dose: each ended session with a prescription adds its sets, extra sets beyond the prescription not counted. */
    private static void addDose(WeeklyStats stats, int setsDone, int setsPrescribed) {
        if (setsPrescribed > 0) {
            stats.doseSetsDone += Math.min(setsDone, setsPrescribed);
            stats.doseSetsPrescribed += setsPrescribed;
        }
    }

    private static boolean isEnded(SessionTrack session) {
        return SessionTrack.COMPLETED.equals(session.state) || SessionTrack.ABANDONED.equals(session.state);
    }

    private static LocalDate localDay(PatientProfile profile, Instant at) {
        return at.atZone(profile.zone()).toLocalDate();
    }

    private static String earlier(String current, String week) {
        return current == null || week.compareTo(current) < 0 ? week : current;
    }
}
