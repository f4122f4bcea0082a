package org.lumbar.analytics.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.lumbar.analytics.definitions.ProgramSchedule;
import org.lumbar.analytics.domain.PatientProfile;
import org.lumbar.clinical.alerts.AlertRule;
import org.lumbar.clinical.alerts.Inactivity;
import org.lumbar.analytics.activity.PatientHistories;
import org.lumbar.analytics.activity.PatientHistory;
import org.lumbar.analytics.rebuild.PatientSweep;
import org.lumbar.analytics.rebuild.ReplayGate;

import io.quarkus.scheduler.Scheduled;

/**
 * Judges the inactivity rules for every patient on a schedule ({@code lumbar.analytics.alerts.inactivity-check},
 * every 15 minutes by default), each patient in its own transaction: raises what holds, clears what no longer does.
 */
@ApplicationScoped
public class InactivityWatch {

    private static final Logger LOG = Logger.getLogger(InactivityWatch.class);
    private final PatientHistories histories;
    private final AlertService alerts;
    private final ReplayGate gate;
    private final PatientSweep sweep;

    public InactivityWatch(PatientHistories histories, AlertService alerts, ReplayGate gate, PatientSweep sweep) {
        this.histories = histories;
        this.alerts = alerts;
        this.gate = gate;
        this.sweep = sweep;
    }

    @Scheduled(every = "${lumbar.analytics.alerts.inactivity-check}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCheck() {
        if (gate.replaying()) {
            return;
        }
        int checked = checkAll(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        LOG.debugf("Inactivity checked for %d patients", checked);
    }

    /** @return how many patients were checked */
    public int checkAll(Instant now) {
        return sweep.everyPatient(profile -> check(profile, now));
    }

    /** Judges one patient as of {@code now}, in a transaction of its own. */
    public void check(String patientId, Instant now) {
        sweep.onePatient(patientId, profile -> check(profile, now));
    }

    private boolean check(PatientProfile profile, Instant now) {
        LocalDate today = now.atZone(profile.zone()).toLocalDate();
        PatientHistory history = histories.load(profile.patientId, today);
        List<LocalDate> planned = ProgramSchedule.plannedDays(history.programs(),
                today.minusDays(Inactivity.INACTIVE_DAYS), today.minusDays(1));
        Set<AlertRule> holding = Inactivity.holding(today, history.firstProgramStart(), profile.lastSessionOn,
                ProgramSchedule.anyActiveOn(history.programs(), today), planned);
        alerts.inactivity(profile, holding, now);
        return true;
    }
}
