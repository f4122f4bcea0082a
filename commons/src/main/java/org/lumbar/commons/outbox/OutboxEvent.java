package org.lumbar.commons.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import db.commons.V0_3__outbox_id_sequence;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An event stored in the same transaction as the change it describes, waiting for the relay, which deletes it once the
 * broker has acknowledged it.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    /** Increasing in the order events were stored by this instance; the relay publishes in this order. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_event_seq")
    @SequenceGenerator(name = "outbox_event_seq", sequenceName = "outbox_event_seq",
            allocationSize = V0_3__outbox_id_sequence.INCREMENT)
    public Long id;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "record_key", nullable = false)
    public String recordKey;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    public String subject;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false, length = 1_000_000)
    public String payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
