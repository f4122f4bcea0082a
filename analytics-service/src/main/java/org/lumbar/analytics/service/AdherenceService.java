package org.lumbar.analytics.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.lumbar.analytics.domain.PatientProgram;
import org.lumbar.analytics.domain.ProgramVersionInForce;
import org.lumbar.analytics.domain.WeeklyStats;
import org.lumbar.analytics.rest.WeeklyAdherenceView;
import org.lumbar.commons.http.ProblemException;
import org.lumbar.commons.schedule.ScheduleColumns;
import org.lumbar.commons.schedule.SchedulePlanner;
import org.lumbar.commons.security.Caller;
import org.lumbar.contracts.program.ProgramAssigned;
import org.lumbar.contracts.program.ProgramChanged;
import org.lumbar.contracts.program.ProgramEnded;
import org.lumbar.contracts.session.PainReported;
import org.lumbar.contracts.session.SessionCompleted;

@ApplicationScoped
public class AdherenceService {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private final Caller caller;

    public AdherenceService(Caller caller) {
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void programAssigned(ProgramAssigned assigned) {
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
        addVersion(program.programId, assigned.version(), assigned.startDate(), true, program.schedule);
    }

    /** A change may arrive before the assignment (topics read independently): it carries the whole program. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void programChanged(ProgramChanged changed) {
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
        addVersion(program.programId, changed.version(), changed.effectiveFrom(), "ACTIVE".equals(changed.status()),
                ScheduleColumns.of(changed.schedule()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void programEnded(ProgramEnded ended) {
        PatientProgram program = PatientProgram.findById(ended.programId());
        if (program == null) {
            return;
        }
        program.endDate = ended.endDate();
        addVersion(program.programId, ended.version(), ended.endDate().plusDays(1), false, program.schedule);
    }

    private static void addVersion(java.util.UUID programId, int version, LocalDate effectiveFrom, boolean active,
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

    @Transactional(Transactional.TxType.MANDATORY)
    public void sessionCompleted(SessionCompleted completed) {
        LocalDate day = completed.plannedDate() != null ? completed.plannedDate()
                : localDate(completed.patientId(), completed.completedAt());
        WeeklyStats stats = WeeklyStats.of(completed.patientId(), IsoWeek.of(day).toString());
        if (Adherence.sessionCounts(completed.setsCompleted(), completed.setsPrescribed())) {
            stats.sessionsCompleted++;
            stats.setsDone += completed.setsCompleted();
            stats.setsPrescribed += completed.setsPrescribed();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void painReported(PainReported pain) {
        if (!"before".equals(pain.timing()) && !"after".equals(pain.timing())) {
            return;
        }
        WeeklyStats stats = WeeklyStats.of(pain.patientId(), IsoWeek.of(localDate(pain.patientId(), pain.occurredAt())).toString());
        if ("before".equals(pain.timing())) {
            stats.painBeforeSum += pain.score();
            stats.painBeforeCount++;
        } else {
            stats.painAfterSum += pain.score();
            stats.painAfterCount++;
        }
    }

    /**
     * @param patientPath a patient id, or {@code me}
     * @param week an ISO week, or null for the current week in the patient's time zone
     */
    @Transactional
    public WeeklyAdherenceView weekly(String patientPath, String week) {
        String patientId = caller.patientFromPath(patientPath);
        List<PatientProgram> programs = PatientProgram.ofPatient(patientId);
        String clinicId = programs.stream().map(p -> p.clinicId).filter(c -> c != null).findFirst().orElse(null);
        caller.requireRead(patientId, clinicId, "Patient " + patientPath);

        IsoWeek isoWeek;
        try {
            isoWeek = week == null ? IsoWeek.of(LocalDate.now(zoneOf(programs))) : IsoWeek.parse(week);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("week", e.getMessage());
        }
        LocalDate monday = isoWeek.monday();
        int scheduled = programs.stream()
                .mapToInt(p -> SchedulePlanner.plannedSessions(ProgramVersionInForce.of(p.programId), p.startDate,
                        p.endDate, monday, monday.plusDays(6)).size())
                .sum();
        WeeklyStats stats = WeeklyStats.findById(new WeeklyStats.Key(patientId, isoWeek.toString()));
        if (stats == null) {
            stats = new WeeklyStats();
        }
        Double adherence = Adherence.ratio(stats.sessionsCompleted, scheduled);
        Double dose = stats.setsPrescribed == 0 ? null : Math.min(1.0, (double) stats.setsDone / stats.setsPrescribed);
        return new WeeklyAdherenceView(patientId, isoWeek.toString(), scheduled, stats.sessionsCompleted, adherence,
                adherence != null && adherence < Adherence.LOW_BELOW, dose,
                Adherence.mean(stats.painBeforeSum, stats.painBeforeCount),
                Adherence.mean(stats.painAfterSum, stats.painAfterCount));
    }

    private static LocalDate localDate(String patientId, Instant when) {
        return when.atZone(zoneOf(PatientProgram.ofPatient(patientId))).toLocalDate();
    }

    /** The patient's time zone is that of their latest program; UTC until one is known. */
    private static ZoneId zoneOf(List<PatientProgram> programs) {
        return programs.isEmpty() ? UTC : ZoneId.of(programs.get(programs.size() - 1).timeZone);
    }
}
