package org.lumbar.commons.idempotency;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The answer given to a write that carried an Idempotency-Key, kept so a retry gets the same answer. */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord extends PanacheEntityBase {

    private static final int CREATED = 201;
    private static final int OK = 200;

    @Id
    @Column(name = "caller_id")
    public String callerId;

    @Id
    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(nullable = false)
    public String fingerprint;

    @Column(nullable = false)
    public int status;

    public String location;

    @Column(length = 1_000_000)
    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Stored with HTTP's status codes (201 created, 200 otherwise), as earlier versions stored it. */
    static IdempotencyRecord of(Key id, String fingerprint, IdempotentRequests.Answer answer) {
        IdempotencyRecord record = new IdempotencyRecord();
        record.callerId = id.callerId();
        record.idempotencyKey = id.idempotencyKey();
        record.fingerprint = fingerprint;
        record.status = answer.created() ? CREATED : OK;
        record.location = answer.location();
        record.body = answer.json();
        record.createdAt = Instant.now();
        return record;
    }

    IdempotentRequests.Answer answer() {
        return new IdempotentRequests.Answer(status == CREATED, location, body, true);
    }

    public record Key(String callerId, String idempotencyKey) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
