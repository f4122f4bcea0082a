package org.lumbar.analytics.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.lumbar.commons.outbox.Outbox;

/**
 * What clinics are told, in the transaction of the change that caused it: the event goes into the outbox for
 * progress.events (key = patient id).
 */
@ApplicationScoped
public class ClinicFeed {

    private final Outbox outbox;

    public ClinicFeed(Outbox outbox) {
        this.outbox = outbox;
    }

    /** @return the CloudEvent id */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(Record event, String patientId, String clinicId, String subject, Instant occurredAt) {
        return outbox.enqueue(event, patientId, subject, occurredAt);
    }
}
