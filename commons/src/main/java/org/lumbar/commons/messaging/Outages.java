package org.lumbar.commons.messaging;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

/**
 * Tells a failure that says the database is away (restarting, refusing connections, out of connections) from one
 * that says the event cannot be applied. A consumer waits an outage out and applies the same events again; only the
 * second kind is dead-lettered. Without this, every event consumed while PostgreSQL restarted went to the dead-letter
 * topic although nothing was wrong with it (seen with bench/faults.sh).
 */
public final class Outages {

    private static final Logger LOG = Logger.getLogger(Outages.class);

    /** SQLSTATE class 08 is connection trouble; these are the server shutting down or refusing new sessions. */
    private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private Outages() {
    }

    public static boolean isOutage(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth++ < 20; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || OUTAGE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs {@code attempt} until it succeeds or fails for a reason other than an outage, pausing longer after each
     * outage (at most 5 s). The consumer's thread waits meanwhile, so its partitions wait too and keep their order.
     *
     * @throws IllegalStateException when the thread is interrupted while waiting (the service is stopping)
     */
    public static <T> T waitOut(String what, Supplier<T> attempt) {
        Duration pause = FIRST_PAUSE;
        int attempts = 0;
        while (true) {
            try {
                T result = attempt.get();
                if (attempts > 0) {
                    LOG.infof("%s succeeded after %d attempts; the database is back", what, attempts + 1);
                }
                return result;
            } catch (RuntimeException failure) {
                if (!isOutage(failure)) {
                    throw failure;
                }
                attempts++;
                if (attempts == 1 || attempts % 20 == 0) {
                    LOG.warnf("%s waits for the database (attempt %d): %s", what, attempts, failure.getMessage());
                }
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(what + " was interrupted while the database was away", failure);
                }
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    public static void waitOut(String what, Runnable attempt) {
        waitOut(what, () -> {
            attempt.run();
            return null;
        });
    }
}
