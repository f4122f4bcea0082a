package org.lumbar.commons.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.lumbar.commons.persistence.TimeOrderedIds;
import org.lumbar.contracts.EventCodec;
import org.lumbar.contracts.EventType;

/**
 * Stores outgoing events beside the state change that caused them. It must be called inside the caller's
 * transaction, so the change and its event commit or roll back together; {@link OutboxRelay} publishes them.
 */
@ApplicationScoped
public class Outbox {

    /**
     * Fired once per transaction that stores events (an upload stores hundreds); {@link OutboxTrigger} publishes once
     * the transaction has committed.
     */
    public record Enqueued(UUID firstEventId) {
    }

    private static final String ANNOUNCED = Outbox.class.getName() + ".announced";

    private final Event<Enqueued> enqueued;
    private final TransactionSynchronizationRegistry transaction;

    public Outbox(Event<Enqueued> enqueued, TransactionSynchronizationRegistry transaction) {
        this.enqueued = enqueued;
        this.transaction = transaction;
    }

    /**
     * @param key the Kafka record key (patient id, or exercise slug on the catalog topic)
     * @param subject the CloudEvents subject: the id of the thing the event is about
     * @return the CloudEvent id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(Record data, String key, String subject, Instant occurredAt) {
        EventType type = EventType.of(data.getClass());
        OutboxEvent event = new OutboxEvent();
        event.eventId = TimeOrderedIds.next();
        event.topic = type.topic();
        event.recordKey = key;
        event.eventType = type.type();
        event.subject = subject;
        event.occurredAt = occurredAt;
        event.payload = EventCodec.encode(data);
        event.createdAt = Instant.now();
        event.persist();
        if (transaction.getResource(ANNOUNCED) == null) {
            transaction.putResource(ANNOUNCED, Boolean.TRUE);
            enqueued.fire(new Enqueued(event.eventId));
        }
        return event.eventId;
    }
}
