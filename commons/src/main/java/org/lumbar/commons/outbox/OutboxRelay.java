package org.lumbar.commons.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.lumbar.contracts.Channels;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.datasource.common.runtime.DatabaseKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes outbox events in the order they were stored and deletes them once the broker has acknowledged them (the
 * producer is idempotent with acks=all); Kafka keeps what was published. A pass publishes nothing new while a send of
 * an earlier one is still in the producer's hands (acknowledged or given up within its delivery timeout), so a broker
 * outage never piles up copies; events wait in the table until it returns. A crash after publishing but before
 * deleting sends an event again with the same CloudEvent id, which consumers ignore.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final Emitter<String> emitter;
    private final OutboxConfig config;
    private final MeterRegistry metrics;
    private final boolean postgresql;
    private final String table;
    private long nextReclaimCheck = System.nanoTime();

    /** Sends of the last pass that had neither been acknowledged nor failed when it ended. */
    private List<CompletableFuture<Void>> unsettled = List.of();

    /**
     * The emitter's buffer is unbounded because the relay bounds it: no pass starts before every send of the last
     * one has settled, so it never holds more than one batch. With a bounded buffer, a batch larger than the buffer
     * plus the sink's requests would have its tail refused and sent again by the next pass, after the events behind
     * it that the sink took.
     */
    public OutboxRelay(
            @Channel(Channels.OUTBOX) @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER) Emitter<String> emitter,
            OutboxConfig config, MeterRegistry metrics,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
            @ConfigProperty(name = "lumbar.schema") String schema) {
        this.emitter = emitter;
        this.config = config;
        this.metrics = metrics;
        this.postgresql = DatabaseKind.isPostgreSQL(dbKind);
        this.table = schema + ".outbox_event";
    }

    /** Publishes until the outbox is empty or the broker stops acknowledging. Called by {@link OutboxTrigger} only. */
    void publishPending() {
        int published;
        do {
            published = publishNextBatch();
        } while (published == config.batchSize());
        if (unsettled.isEmpty()) {
            reclaimSpaceOnceEmpty();
        }
    }

    /**
     * Truncates the outbox when it is empty and larger than {@link OutboxConfig#reclaimAbove()}. The table is locked
     * first, without waiting: a transaction that is storing an event holds a lock on it, so the lock is only had
     * when none is, and a transaction that starts storing one meanwhile waits the moment it takes to truncate. An
     * event committed before the lock is seen by the check and keeps the table as it is.
     */
    void reclaimSpaceOnceEmpty() {
        if (!postgresql || System.nanoTime() - nextReclaimCheck < 0) {
            return;
        }
        nextReclaimCheck = System.nanoTime() + config.reclaimInterval().toNanos();
        try {
            long reclaimed = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.getEntityManager()
                    .unwrap(Session.class).doReturningWork(connection -> {
                        try (Statement statement = connection.createStatement()) {
                            long before = single(statement, "select pg_total_relation_size('" + table + "')");
                            if (before <= config.reclaimAbove().asLongValue()) {
                                return 0L;
                            }
                            statement.execute("lock table " + table + " in access exclusive mode nowait");
                            if (single(statement, "select count(*) from (select 1 from " + table + " limit 1) any_row") > 0) {
                                return 0L;
                            }
                            statement.execute("truncate table " + table);
                            return before;
                        }
                    }));
            if (reclaimed > 0) {
                LOG.infof("The outbox was empty; truncated it, returning %d kB to the disk", reclaimed / 1024);
            }
        } catch (RuntimeException busy) {
            // an event was being stored (the lock was taken): the next check tries again
            LOG.debugf("Outbox not truncated: %s", busy.getMessage());
        }
    }

    private static long single(Statement statement, String query) throws SQLException {
        try (ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Publishes one batch and returns how many events were acknowledged and deleted. */
    int publishNextBatch() {
        if (unsettled.stream().anyMatch(ack -> !ack.isDone())) {
            return 0;
        }
        // every row in the table is unsent; the primary key index hands them out in order
        List<OutboxEvent> batch = QuarkusTransaction.requiringNew().call(() -> {
            planForTheTableAsItIsNow();
            return OutboxEvent.<OutboxEvent> find("order by id").page(0, config.batchSize()).list();
        });
        if (batch.isEmpty()) {
            return 0;
        }
        long deadline = System.nanoTime() + config.ackTimeout().toNanos();
        List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
        // The first event goes alone. While the broker is away or its metadata unknown, a send can fail on its own
        // while the ones after it succeed; holding the rest back until the first is acknowledged keeps them from
        // overtaking it when the broker returns.
        acks.add(send(batch.get(0)));
        if (acknowledged(acks.get(0), deadline, batch.get(0))) {
            for (OutboxEvent event : batch.subList(1, batch.size())) {
                acks.add(send(event));
            }
            for (int i = 1; i < batch.size(); i++) {
                if (!acknowledged(acks.get(i), deadline, batch.get(i))) {
                    waitForStragglers(acks.subList(i, acks.size()));
                    break;
                }
            }
        } else {
            waitForStragglers(acks);
        }
        // only an unbroken run from the start counts as published, so a later pass resends in the same order
        List<Long> acknowledged = new ArrayList<>(batch.size());
        for (int i = 0; i < acks.size() && acks.get(i).isDone() && !acks.get(i).isCompletedExceptionally(); i++) {
            acknowledged.add(batch.get(i).id);
        }
        unsettled = acks.stream().filter(ack -> !ack.isDone()).toList();
        delete(acknowledged);
        return acknowledged.size();
    }

    private static boolean acknowledged(CompletableFuture<Void> ack, long deadline, OutboxEvent event) {
        try {
            ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            LOG.warnf("Outbox relay paused at event %s: %s", event.eventId, e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private CompletableFuture<Void> send(OutboxEvent event) {
        CompletableFuture<Void> ack = new CompletableFuture<>();
        OutgoingCloudEventMetadata<String> cloudEvent = OutgoingCloudEventMetadata.<String> builder()
                .withId(event.eventId.toString())
                .withType(event.eventType)
                .withSource(config.source())
                .withSubject(event.subject)
                .withDataContentType("application/json")
                .withTimestamp(event.occurredAt.atZone(ZoneOffset.UTC))
                .build();
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String> builder()
                .withTopic(event.topic)
                .withKey(event.recordKey)
                .build();
        Message<String> message = Message.of(event.payload, Metadata.of(cloudEvent, kafka),
                () -> {
                    ack.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    ack.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(message);
        } catch (RuntimeException e) {
            ack.completeExceptionally(e);
        }
        return ack.thenRun(() -> metrics.counter("lumbar_events_published_total", "type", event.eventType).increment());
    }

    /** Lets sends already handed to the producer settle, so the next pass cannot overtake them. */
    private void waitForStragglers(List<CompletableFuture<Void>> pending) {
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(config.ackTimeout().toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (Exception ignored) {
            // whatever did not settle is still unsent in the table and goes out on a later pass
        }
    }

    private void delete(List<Long> published) {
        if (!published.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> {
                planForTheTableAsItIsNow();
                OutboxEvent.delete("id in ?1", published);
            });
        }
    }

    /**
     * The outbox swings between empty and a backlog of thousands. PostgreSQL caches a prepared statement's generic
     * plan, and one made while the table was empty (just after a vacuum truncated it) scans and sorts the whole table,
     * dead rows included, on every later pass. A plan made for each execution sees the table's current size and
     * walks the primary key instead.
     */
    private void planForTheTableAsItIsNow() {
        if (postgresql) {
            // on the connection itself: a native query through Hibernate would flush the session first
            OutboxEvent.getEntityManager().unwrap(Session.class).doWork(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set local plan_cache_mode = force_custom_plan");
                }
            });
        }
    }
}
