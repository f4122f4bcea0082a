package org.lumbar.analytics.clinic;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.lumbar.commons.outbox.Outbox;
import org.lumbar.contracts.EventType;
import org.lumbar.analytics.webhooks.Webhooks;

/**
 * What clinics are told, in the transaction of the change that caused it: the event goes into the outbox for
 * progress.events (key = patient id), and a delivery is stored for each of the clinic's webhooks that wants it (same
 * CloudEvent id, same JSON).
 */
@ApplicationScoped
public class ClinicFeed {

    private final Outbox outbox;
    private final Webhooks webhooks;

    public ClinicFeed(Outbox outbox, Webhooks webhooks) {
        this.outbox = outbox;
        this.webhooks = webhooks;
    }

    /** @return the CloudEvent id */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(Record event, String patientId, String clinicId, String subject, Instant occurredAt) {
        UUID id = outbox.enqueue(event, patientId, subject, occurredAt);
        webhooks.enqueue(clinicId, EventType.of(event.getClass()).type(), id, subject, occurredAt, event);
        return id;
    }
}
