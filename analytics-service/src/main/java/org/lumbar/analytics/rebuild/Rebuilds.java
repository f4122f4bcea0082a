package org.lumbar.analytics.rebuild;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.lumbar.analytics.domain.RebuildJob;
import org.lumbar.commons.http.ProblemException;
import org.lumbar.commons.security.Caller;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Admin rebuilds: one at a time, run in the background once the job is stored, followed by its id. A rebuild clears
 * the read models before it replays the topics, so one that a crash or a shutdown cut short is run again, from the
 * start, when the service next starts: until then its job stays running.
 */
@ApplicationScoped
public class Rebuilds {

    private static final Logger LOG = Logger.getLogger(Rebuilds.class);

    /** Fired when a job is stored; it starts once the transaction has committed. */
    public record Requested(UUID jobId) {
    }

    private final Caller caller;
    private final Replayer replayer;
    private final Event<Requested> requested;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "analytics-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    public Rebuilds(Caller caller, Replayer replayer, Event<Requested> requested) {
        this.caller = caller;
        this.replayer = replayer;
        this.requested = requested;
    }

    @Transactional
    public RebuildView start() {
        requireAdmin();
        RebuildJob running = RebuildJob.find("status", RebuildJob.RUNNING).firstResult();
        if (running != null) {
            throw ProblemException.conflict("Rebuild " + running.id + " is still running");
        }
        RebuildJob job = new RebuildJob();
        job.id = UUID.randomUUID();
        job.status = RebuildJob.RUNNING;
        job.requestedBy = caller.id();
        job.startedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        job.persist();
        requested.fire(new Requested(job.id));
        return RebuildView.of(job);
    }

    @Transactional
    public RebuildView get(String jobId) {
        requireAdmin();
        RebuildJob job = null;
        try {
            job = RebuildJob.findById(UUID.fromString(jobId));
        } catch (IllegalArgumentException e) {
            // not an id: not found
        }
        if (job == null) {
            throw ProblemException.notFound("Rebuild " + jobId);
        }
        return RebuildView.of(job);
    }

    void resumeInterrupted(@Observes StartupEvent startup) {
        List<UUID> interrupted = QuarkusTransaction.requiringNew().call(() -> RebuildJob.<RebuildJob> list("status",
                RebuildJob.RUNNING).stream().map(job -> job.id).toList());
        for (UUID jobId : interrupted) {
            LOG.warnf("Rebuild %s was cut short when the service stopped; running it again", jobId);
            worker.execute(() -> replayer.run(jobId));
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Requested request) {
        worker.execute(() -> replayer.run(request.jobId()));
    }

    private void requireAdmin() {
        if (!caller.isAdmin()) {
            throw ProblemException.forbidden("Rebuilds are for admins");
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
