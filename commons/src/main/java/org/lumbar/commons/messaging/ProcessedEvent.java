package org.lumbar.commons.messaging;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A CloudEvent this service has already applied; stored in the same transaction as its effect. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "processed_at", nullable = false)
    public Instant processedAt;

    /** Which of these event ids were applied before, read as ids without managing the entities. */
    static List<String> idsAmong(Collection<String> eventIds) {
        return getEntityManager().createQuery("select p.eventId from ProcessedEvent p where p.eventId in :ids",
                String.class).setParameter("ids", eventIds).getResultList();
    }

    /** Stores that {@code event} was applied, in the caller's transaction. */
    static void record(InboundEvent event, Instant at) {
        ProcessedEvent processed = new ProcessedEvent();
        processed.eventId = event.id();
        processed.eventType = event.type().type();
        processed.processedAt = at;
        processed.persist();
    }
}
