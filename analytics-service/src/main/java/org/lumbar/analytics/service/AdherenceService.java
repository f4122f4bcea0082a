package org.lumbar.analytics.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.lumbar.analytics.domain.PatientProgram;
import org.lumbar.analytics.domain.WeeklyStats;
import org.lumbar.analytics.rest.WeeklyAdherenceView;
import org.lumbar.commons.http.ProblemException;
import org.lumbar.commons.schedule.ScheduleColumns;
import org.lumbar.commons.schedule.SchedulePlanner;
import org.lumbar.commons.security.Caller;
import org.lumbar.contracts.program.ProgramAssigned;
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
        } else if (program.version >= assigned.version()) {
            return;
        }
        program.patientId = assigned.patientId();
        program.clinicId = assigned.clinicId();
        program.version = assigned.version();
        program.timeZone = assigned.timeZone();
        program.startDate = assigned.startDate();
        program.schedule = ScheduleColumns.of(assigned.schedule());
        program.assignedAt = assigned.assignedAt();
        program.persist();
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
                .mapToInt(p -> SchedulePlanner.sessionsInWeek(p.schedule.toSchedule(), p.startDate, monday))
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
