package db.commons;

import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Outbox ids come from a sequence handed out in blocks, so that the rows of a transaction that stores many events
 * (an offline upload) are inserted in JDBC batches; an identity column forces one round trip per row. The sequence
 * starts past the ids the identity column already handed out: Hibernate's pooled optimizer uses the block that ends
 * at the value it draws, so the first value is one block above the highest id. Written in Java because H2 and PostgreSQL have no
 * common SQL for starting a sequence at a queried value.
 */
public class V0_3__outbox_id_sequence extends BaseJavaMigration {

    /** Also the allocation size of {@code OutboxEvent}'s generator: the two must match. */
    public static final int INCREMENT = 50;

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            long next;
            try (ResultSet max = statement.executeQuery("select coalesce(max(id), 0) + " + (INCREMENT + 1) + " from outbox_event")) {
                max.next();
                next = max.getLong(1);
            }
            statement.execute("create sequence outbox_event_seq start with " + next + " increment by " + INCREMENT);
        }
    }
}
