package db.commons;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, has autovacuum clean the outbox after every few thousand published events instead of after a fifth of
 * the table. A published event leaves its entry behind in the index the relay reads (since V0_5 the row is deleted;
 * before, it was marked sent) until a vacuum removes it, and every relay pass reads past those entries before it
 * reaches the first unsent event: with the default threshold a busy outbox collects hundreds of thousands of them
 * between vacuums and each pass grows slower, under exactly the load that produces them. Other databases are left as
 * they are (H2 has no such setting).
 */
public class V0_4__outbox_vacuum extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!"PostgreSQL".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("alter table outbox_event set (autovacuum_vacuum_scale_factor = 0, "
                    + "autovacuum_vacuum_threshold = 5000, autovacuum_analyze_scale_factor = 0.05)");
        }
    }
}
