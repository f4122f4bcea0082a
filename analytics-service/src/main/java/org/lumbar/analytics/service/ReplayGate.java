package org.lumbar.analytics.service;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps live consumption and a rebuild apart: live records are applied under the shared side of a lock, a rebuild
 * holds the exclusive side from the moment it clears the aggregates until it has replayed the topics up to the end it
 * noted, so no live record is applied to half-cleared tables.
 */
@ApplicationScoped
public class ReplayGate {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

    public <T> T live(Supplier<T> work) {
        lock.readLock().lock();
        try {
            return work.get();
        } finally {
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
