package org.lumbar.analytics.rebuild;

import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps apart what must not run at the same time in this service:
 * <ul>
 * <li>one patient's work: the program and session consumers run on two threads and both write the patient's profile
 * and alerts, as do the scheduled jobs; work on one patient (by the record key, the patient id) takes the patient's
 * stripe lock, so no update is lost and no row is inserted twice;</li>
 * <li>a rebuild: live work runs under the shared side of a lock, a rebuild holds the exclusive side from clearing the
 * aggregates until it has replayed the topics up to the end it noted.</li>
 * </ul>
 */
@ApplicationScoped
public class ReplayGate {

    private static final int STRIPES = 256;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
    private final ReentrantLock[] patients = new ReentrantLock[STRIPES];

    public ReplayGate() {
        for (int i = 0; i < STRIPES; i++) {
            patients[i] = new ReentrantLock();
        }
    }

    /** Live work on one patient (null key: no patient). */
    public <T> T live(String patientId, Supplier<T> work) {
        lock.readLock().lock();
        ReentrantLock patient = patients[stripe(patientId)];
        patient.lock();
        try {
            return work.get();
        } finally {
            patient.unlock();
            lock.readLock().unlock();
        }
    }

    /** Live work on several patients at once (a batch): their stripes are taken in one order, so two never deadlock. */
    public <T> T live(java.util.Collection<String> patientIds, Supplier<T> work) {
        int[] stripes = patientIds.stream().mapToInt(ReplayGate::stripe).distinct().sorted().toArray();
        lock.readLock().lock();
        int locked = 0;
        try {
            for (int stripe : stripes) {
                patients[stripe].lock();
                locked++;
            }
            return work.get();
        } finally {
            for (int i = locked - 1; i >= 0; i--) {
                patients[stripes[i]].unlock();
            }
            lock.readLock().unlock();
        }
    }

    private static int stripe(String patientId) {
        return patientId == null ? 0 : Math.floorMod(patientId.hashCode(), STRIPES);
    }

    public void exclusive(Runnable work) {
        lock.writeLock().lock();
        try {
            work.run();
        } finally {
            lock.writeLock().unlock();
        }
    }

    public boolean replaying() {
        return lock.isWriteLocked();
    }
}
