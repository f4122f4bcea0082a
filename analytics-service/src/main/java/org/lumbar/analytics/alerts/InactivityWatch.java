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
import org.lumbar.analytics.rebuild.ReplayGate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Judges the inactivity rules for every patient on a schedule ({@code lumbar.analytics.alerts.inactivity-check},
 * every 15 minutes by default), each patient in its own transaction: raises what holds, clears what no longer does.
 */
@ApplicationScoped
public class InactivityWatch {

    private static final Logger LOG = Logger.getLogger(InactivityWatch.class);
    private static final int PAGE = 500;

    private final PatientHistories histories;
    private final AlertService alerts;
    private final ReplayGate gate;

    public InactivityWatch(PatientHistories histories, AlertService alerts, ReplayGate gate) {
        this.histories = histories;
        this.alerts = alerts;
        this.gate = gate;
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
        int checked = 0;
        String after = "";
        while (true) {
            String from = after;
            List<String> page = QuarkusTransaction.requiringNew().call(() -> PatientProfile
                    .<PatientProfile> find("patientId > ?1 order by patientId", from).page(0, PAGE).list()
                    .stream().map(p -> p.patientId).toList());
            if (page.isEmpty()) {
                return checked;
            }
            for (String patientId : page) {
                check(patientId, now);
                checked++;
            }
            after = page.get(page.size() - 1);
        }
    }

    /** Judges one patient as of {@code now}, in a transaction of its own. */
    public void check(String patientId, Instant now) {
        gate.live(patientId, () -> QuarkusTransaction.requiringNew().call(() -> {
            PatientProfile profile = PatientProfile.findById(patientId);
            if (profile == null) {
                return null;
            }
            LocalDate today = now.atZone(profile.zone()).toLocalDate();
            PatientHistory history = histories.load(patientId, today);
            List<LocalDate> planned = ProgramSchedule.plannedDays(history.programs(),
                    today.minusDays(Inactivity.INACTIVE_DAYS), today.minusDays(1));
            Set<AlertRule> holding = Inactivity.holding(today, history.firstProgramStart(), profile.lastSessionOn,
                    ProgramSchedule.anyActiveOn(history.programs(), today), planned);
            alerts.inactivity(profile, holding, now);
            return null;
        }));
    }
}
