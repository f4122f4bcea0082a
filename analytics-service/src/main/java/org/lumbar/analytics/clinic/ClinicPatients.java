package org.lumbar.analytics.clinic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.lumbar.analytics.definitions.ProgramSchedule;
import org.lumbar.analytics.domain.Alert;
import org.lumbar.analytics.domain.PatientProfile;
import org.lumbar.clinical.alerts.Severity;
import org.lumbar.clinical.measures.Adherence;
import org.lumbar.clinical.measures.PainTrend;
import org.lumbar.commons.http.Page;
import org.lumbar.commons.http.ProblemException;
import org.lumbar.commons.security.Caller;
import org.lumbar.analytics.activity.PatientHistories;
import org.lumbar.analytics.activity.PatientHistory;
import org.lumbar.analytics.progress.PatientAnalytics;

/** A clinic's patients at a glance, for the clinicians of that clinic: adherence, pain change, open alerts. */
@ApplicationScoped
public class ClinicPatients {

    /** Sort codes; - for descending. attention: most urgent open alert, most open alerts, lowest adherence. */
    public static final Map<String, Comparator<ClinicPatientView>> SORTS = sorts();
    public static final String DEFAULT_SORT = "attention";

    private final Caller caller;
    private final PatientHistories histories;

    public ClinicPatients(Caller caller, PatientHistories histories) {
        this.caller = caller;
        this.histories = histories;
    }

    @Transactional
    public Page<ClinicPatientView> list(String clinicId, String sort, int page, int size) {
        requireClinician(caller, clinicId);
        Instant now = Instant.now();
        List<String> ids = PatientProfile.ofClinic(clinicId).stream().map(p -> p.patientId).toList();
        Map<String, int[]> alerts = new HashMap<>();
        for (Object[] row : Alert.getEntityManager().createQuery(
                "select a.patientId, count(a), max(a.severityRank) from Alert a where a.clinicId = ?1 "
                        + "and a.openKey is not null group by a.patientId", Object[].class)
                .setParameter(1, clinicId).getResultList()) {
            alerts.put((String) row[0], new int[] { ((Number) row[1]).intValue(), ((Number) row[2]).intValue() });
        }
        List<ClinicPatientView> views = new ArrayList<>();
        for (PatientHistory history : histories.loadAll(ids, LocalDate.now()).values()) {
            views.add(view(history, now, alerts.getOrDefault(history.patientId(), new int[] { 0, 0 })));
        }
        views.sort(SORTS.get(sort == null ? DEFAULT_SORT : sort));
        int from = Math.min(views.size(), page * size);
        return new Page<>(views.subList(from, Math.min(views.size(), from + size)), views.size());
    }

    static ClinicPatientView view(PatientHistory history, Instant now, int[] openAlerts) {
        LocalDate today = history.today(now);
        LocalDate windowFrom = today.minusDays(PatientAnalytics.WINDOW_DAYS);
        LocalDate windowTo = today.minusDays(1);
        int scheduled = ProgramSchedule.plannedCount(history.programs(), windowFrom, windowTo);
        int completed = (int) history.countedSessions().stream()
                .filter(s -> !s.day().isBefore(windowFrom) && !s.day().isAfter(windowTo)).count();
        PainTrend pain = history.headlinePain();
        String severity = openAlerts[0] == 0 ? null
                : java.util.Arrays.stream(Severity.values()).filter(s -> s.rank == openAlerts[1]).findFirst()
                        .map(s -> s.code).orElse(null);
        return new ClinicPatientView(history.patientId(), scheduled, completed, Adherence.ratio(completed, scheduled),
                Adherence.low(completed, scheduled), pain.change(), pain.relativeChange(), pain.meaningfulImprovement(),
                history.headlinePainSeries(), openAlerts[0], severity, history.lastSessionOn());
    }

    /** Only a clinician of this clinic; anyone else is told it does not exist. */
    public static void requireClinician(Caller caller, String clinicId) {
        if (!caller.isClinician() || caller.clinicId().map(c -> !c.equals(clinicId)).orElse(true)) {
            throw ProblemException.notFound("Clinic " + clinicId);
        }
    }

    private static Map<String, Comparator<ClinicPatientView>> sorts() {
        Comparator<ClinicPatientView> byPatient = Comparator.comparing(ClinicPatientView::patientId);
        Map<String, Comparator<ClinicPatientView>> sorts = new LinkedHashMap<>();
        sorts.put(DEFAULT_SORT, Comparator.<ClinicPatientView> comparingInt(v -> severityRank(v.highestOpenSeverity()))
                .reversed()
                .thenComparing(Comparator.comparingInt(ClinicPatientView::openAlerts).reversed())
                .thenComparing(ClinicPatientView::adherence, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(byPatient));
        add(sorts, "adherence", ClinicPatientView::adherence, byPatient);
        add(sorts, "painChange", ClinicPatientView::painChange, byPatient);
        add(sorts, "openAlerts", v -> v.openAlerts(), byPatient);
        add(sorts, "lastSession", ClinicPatientView::lastSessionOn, byPatient);
        sorts.put("patient", byPatient);
        sorts.put("-patient", byPatient.reversed());
        return sorts;
    }

    /** Ascending and descending, values missing last either way, ties by patient id. */
    private static <T extends Comparable<T>> void add(Map<String, Comparator<ClinicPatientView>> sorts, String code,
            Function<ClinicPatientView, T> key, Comparator<ClinicPatientView> tie) {
        sorts.put(code, Comparator.comparing(key, Comparator.nullsLast(Comparator.<T> naturalOrder())).thenComparing(tie));
        sorts.put("-" + code, Comparator.comparing(key, Comparator.nullsLast(Comparator.<T> reverseOrder())).thenComparing(tie));
    }

    private static int severityRank(String code) {
        return code == null ? 0 : Severity.ofCode(code).map(s -> s.rank).orElse(0);
    }
}
