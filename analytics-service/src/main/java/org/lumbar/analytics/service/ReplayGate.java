package org.lumbar.analytics.service;

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
        ReentrantLock patient = patients[patientId == null ? 0 : Math.floorMod(patientId.hashCode(), STRIPES)];
        patient.lock();
        try {
            return work.get();
        } finally {
            patient.unlock();
            lock.readLock().unlock();
        }
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
