package org.lumbar.commons.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Marks a transaction that carries several independent writes, so that code which flushes early to report its own
 * failure (a duplicate, as a 409) leaves the flush to the end: the writes then reach the database together, one
 * multi-row statement per table. The grouped transaction fails as a whole, and its caller retries each write alone.
 */
@ApplicationScoped
public class GroupedWrites {

    private static final String GROUPED = GroupedWrites.class.getName();

    private final TransactionSynchronizationRegistry transaction;

    public GroupedWrites(TransactionSynchronizationRegistry transaction) {
        this.transaction = transaction;
    }

    /** Marks the current transaction as grouping writes. */
    public void group() {
        transaction.putResource(GROUPED, Boolean.TRUE);
    }

    private boolean grouped() {
        return transaction.getTransactionKey() != null && transaction.getResource(GROUPED) != null;
    }

    /** Flushes now, unless the transaction groups writes and flushes them all at its end. */
    public void flushUnlessGrouped() {
        if (!grouped()) {
            Panache.getEntityManager().flush();
        }
    }
}
