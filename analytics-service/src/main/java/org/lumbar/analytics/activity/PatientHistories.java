package org.lumbar.analytics.activity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.lumbar.analytics.definitions.ProgramSchedule;
import org.lumbar.analytics.definitions.WeekTotals;
import org.lumbar.analytics.domain.PatientProfile;
import org.lumbar.analytics.domain.PatientProgram;
import org.lumbar.analytics.domain.ProgramVersionInForce;
import org.lumbar.analytics.domain.SessionTrack;
import org.lumbar.analytics.domain.WeeklyStats;
import org.lumbar.clinical.measures.IsoWeek;
import org.lumbar.commons.schedule.ScheduleVersion;

/** Loads {@link PatientHistory}s: one patient, or all patients of a clinic with the same number of queries. */
@ApplicationScoped
public class PatientHistories {

    /** Counted sessions further back than this are not needed by any figure. */
    static final int HISTORY_DAYS = 2 * 366;

    @Transactional(Transactional.TxType.MANDATORY)
    public PatientHistory load(String patientId, LocalDate today) {
        return loadAll(List.of(patientId), today).get(patientId);
    }

    /** @return one history per patient id, in the order given */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, PatientHistory> loadAll(List<String> patientIds, LocalDate today) {
        Map<String, PatientHistory> histories = new LinkedHashMap<>();
        if (patientIds.isEmpty()) {
            return histories;
        }
        Map<String, PatientProfile> profiles = new HashMap<>();
        for (PatientProfile profile : PatientProfile.<PatientProfile> list("patientId in ?1", patientIds)) {
            profiles.put(profile.patientId, profile);
        }
        Map<String, List<PatientProgram>> programs = new HashMap<>();
        for (PatientProgram program : PatientProgram.ofPatients(patientIds)) {
            programs.computeIfAbsent(program.patientId, k -> new ArrayList<>()).add(program);
        }
        List<UUID> programIds = programs.values().stream().flatMap(List::stream).map(p -> p.programId).toList();
        Map<UUID, List<ScheduleVersion>> versions = new HashMap<>();
        if (!programIds.isEmpty()) {
            for (ProgramVersionInForce version : ProgramVersionInForce.ofPrograms(programIds)) {
                versions.computeIfAbsent(version.programId, k -> new ArrayList<>()).add(version.toScheduleVersion());
            }
        }
        Map<String, Map<IsoWeek, WeekTotals>> weeks = new HashMap<>();
        for (WeeklyStats stats : WeeklyStats.ofPatients(patientIds)) {
            weeks.computeIfAbsent(stats.patientId, k -> new TreeMap<>()).put(IsoWeek.parse(stats.isoWeek), stats.totals());
        }
        Map<String, List<PatientHistory.CountedSession>> counted = new HashMap<>();
        for (SessionTrack session : SessionTrack.countedBetween(patientIds, today.minusDays(HISTORY_DAYS), today.plusDays(7))) {
            counted.computeIfAbsent(session.patientId, k -> new ArrayList<>())
                    .add(new PatientHistory.CountedSession(session.day, session.programId));
        }
        for (String patientId : patientIds) {
            PatientProfile profile = profiles.get(patientId);
            List<PatientProgram> own = programs.getOrDefault(patientId, List.of());
            String clinicId = profile != null && profile.clinicId != null ? profile.clinicId
                    : own.stream().map(p -> p.clinicId).filter(Objects::nonNull).findFirst().orElse(null);
            ZoneId zone = profile != null ? profile.zone()
                    : own.isEmpty() ? ZoneId.of(PatientProfile.UTC) : ZoneId.of(own.get(own.size() - 1).timeZone);
            LocalDate firstStart = own.stream().map(p -> p.startDate).min(Comparator.naturalOrder()).orElse(null);
            List<ProgramSchedule> schedules = own.stream()
                    .map(p -> new ProgramSchedule(p.programId, p.startDate, p.endDate,
                            versions.getOrDefault(p.programId, List.of())))
                    .toList();
            histories.put(patientId, new PatientHistory(patientId, clinicId, zone, firstStart,
                    profile == null ? null : profile.lastSessionOn, schedules,
                    weeks.getOrDefault(patientId, new TreeMap<>()), counted.getOrDefault(patientId, List.of())));
        }
        return histories;
    }
}
