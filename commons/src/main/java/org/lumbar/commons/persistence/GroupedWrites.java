package org.lumbar.commons.persistence;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Marks a transaction that carries several independent writes, so that code which flushes early to report its own
 * failure (a duplicate, as a 409) leaves the flush to the end: the writes then reach the database together, one
 * multi-row statement per table. The grouped transaction fails as a whole, and its caller retries each write alone.
 * <p>
 * A grouped transaction may read ahead what its writes will look up, one query for the group. Rows found stay in the
 * persistence context; ids found absent are remembered here, since Hibernate does not remember a miss.
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

    /** Remembers, for the rest of the transaction, that a read-ahead found no row of {@code entity} for these ids. */
    public void foundNone(Class<?> entity, Collection<?> ids) {
        Set<Object> absent = absent(entity);
        if (absent == null) {
            absent = new HashSet<>();
            transaction.putResource(absentKey(entity), absent);
        }
        absent.addAll(ids);
    }

    /** @return true if a read-ahead of this transaction found no row for the id, and none was written since */
    public boolean knownAbsent(Class<?> entity, Object id) {
        Set<Object> absent = absent(entity);
        return absent != null && absent.contains(id);
    }

    /** Forgets that the id was absent, once its row is written. */
    public void written(Class<?> entity, Object id) {
        Set<Object> absent = absent(entity);
        if (absent != null) {
            absent.remove(id);
        }
    }

    /** The ids a read-ahead of this transaction found absent; null outside a transaction or without a read-ahead. */
    @SuppressWarnings("unchecked")
    private Set<Object> absent(Class<?> entity) {
        return transaction.getTransactionKey() == null ? null
                : (Set<Object>) transaction.getResource(absentKey(entity));
    }

    private static String absentKey(Class<?> entity) {
        return GROUPED + ".absent." + entity.getName();
    }

    /** Flushes now, unless the transaction groups writes and flushes them all at its end. */
    public void flushUnlessGrouped() {
        if (!grouped()) {
            Panache.getEntityManager().flush();
        }
    }
}
