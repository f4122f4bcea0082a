package org.lumbar.analytics.clinic;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.lumbar.analytics.definitions.WeekFigures;
import org.lumbar.analytics.domain.PatientProfile;
import org.lumbar.analytics.domain.WeeklyReport;
import org.lumbar.clinical.measures.IsoWeek;
import org.lumbar.clinical.measures.PainTrend;
import org.lumbar.contracts.progress.WeeklyProgress;
import org.lumbar.analytics.activity.PatientHistories;
import org.lumbar.analytics.activity.PatientHistory;
import org.lumbar.analytics.rebuild.PatientSweep;
import org.lumbar.analytics.rebuild.ReplayGate;

import io.quarkus.scheduler.Scheduled;

/**
 * Publishes each patient's finished week on progress.events once (lumbar.progress.weekly.v1): after the week has
 * ended in the patient's time zone, when something was scheduled or recorded that week. Checked every hour by default
 * ({@code lumbar.analytics.weekly-reports.check}).
 */
@ApplicationScoped
public class WeeklyReports {

    private static final Logger LOG = Logger.getLogger(WeeklyReports.class);
    private final PatientHistories histories;
    private final ClinicFeed feed;
    private final ReplayGate gate;
    private final PatientSweep sweep;

    public WeeklyReports(PatientHistories histories, ClinicFeed feed, ReplayGate gate, PatientSweep sweep) {
        this.histories = histories;
        this.feed = feed;
        this.gate = gate;
        this.sweep = sweep;
    }

    @Scheduled(every = "${lumbar.analytics.weekly-reports.check}", delayed = "60s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCheck() {
        if (gate.replaying()) {
            return;
        }
        int published = publishFinishedWeeks(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        if (published > 0) {
            LOG.infof("Published %d weekly progress report(s)", published);
        }
    }

    /** @return how many weekly reports were published */
    public int publishFinishedWeeks(Instant now) {
        return sweep.everyPatient(profile -> publishLastWeek(profile, now));
    }

    /** Publishes the patient's last finished week unless it went out already; @return whether it was published */
    public boolean publishLastWeek(String patientId, Instant now) {
        return sweep.onePatient(patientId, profile -> publishLastWeek(profile, now));
    }

    private boolean publishLastWeek(PatientProfile profile, Instant now) {
        String patientId = profile.patientId;
        LocalDate today = now.atZone(profile.zone()).toLocalDate();
        IsoWeek week = IsoWeek.of(today).plusWeeks(-1);
        if (WeeklyReport.findById(new WeeklyReport.Key(patientId, week.toString())) != null) {
            return false;
        }
        WeeklyReport report = new WeeklyReport();
        report.patientId = patientId;
        report.isoWeek = week.toString();
        report.reportedAt = now;
        report.persist();
        PatientHistory history = histories.load(patientId, today);
        WeekFigures figures = history.week(week, today);
        boolean recorded = history.weeks().containsKey(week);
        if (figures.scheduled() == 0 && !recorded) {
            return false;
        }
        PainTrend pain = history.headlinePain(week);
        boolean painThisWeek = week.toString().equals(pain.latestWeek());
        feed.publish(new WeeklyProgress(patientId, history.clinicId(), week.toString(), week.monday(),
                figures.scheduled(), figures.completed(), figures.adherence(), figures.lowAdherence(),
                figures.doseAdherence(), figures.nonConsecutiveKept(), figures.painBefore(), figures.painAfter(),
                painThisWeek ? pain.change() : null, painThisWeek && pain.meaningfulImprovement(), now),
                patientId, history.clinicId(), patientId, now);
        return true;
    }
}
