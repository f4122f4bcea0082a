package org.lumbar.session.recording;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.lumbar.session.config.SessionConfig;
import org.lumbar.session.domain.ExerciseSession;
import org.lumbar.session.domain.SessionState;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/** Abandons sessions left in progress with no change for longer than the idle timeout (default 12 h). */
@ApplicationScoped
public class IdleSessions {

    private static final Logger LOG = Logger.getLogger(IdleSessions.class);
    private static final int BATCH = 200;

    private final SessionRecorder recorder;
    private final SessionConfig config;

    public IdleSessions(SessionRecorder recorder, SessionConfig config) {
        this.recorder = recorder;
        this.config = config;
    }

    @Scheduled(every = "${lumbar.sessions.idle-check:1m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void abandonIdleSessions() {
        int abandoned = abandonIdleBefore(Instant.now().minus(config.idleTimeout()));
        if (abandoned > 0) {
            LOG.infof("Abandoned %d idle session(s)", abandoned);
        }
    }

    /** Abandons, each in its own transaction, the sessions in progress whose last change is before {@code cutoff}. */
    public int abandonIdleBefore(Instant cutoff) {
        List<ExerciseSession> idle = QuarkusTransaction.requiringNew().call(() -> ExerciseSession
                .<ExerciseSession> find("state = ?1 and updatedAt < ?2 order by updatedAt", SessionState.IN_PROGRESS, cutoff)
                .page(0, BATCH).list());
        int count = 0;
        for (ExerciseSession candidate : idle) {
            boolean done = QuarkusTransaction.requiringNew().call(() -> {
                ExerciseSession session = ExerciseSession.findById(candidate.id);
                if (session.state != SessionState.IN_PROGRESS || !session.updatedAt.isBefore(cutoff)) {
                    return false;
                }
                recorder.abandon(session, "idle", Instant.now());
                return true;
            });
            count += done ? 1 : 0;
        }
        return count;
    }
}
