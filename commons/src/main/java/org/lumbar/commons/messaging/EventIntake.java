package org.lumbar.commons.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;
import org.lumbar.contracts.EventCodec;
import org.lumbar.contracts.EventType;
import org.lumbar.contracts.InvalidEventException;

/**
 * The one way a service applies a consumed record: read the CloudEvents binary headers, parse and validate the
 * data against the contract, and apply it at most once. The event id is stored in the same transaction as the
 * effect, so a redelivery changes nothing. A record that cannot be read throws {@link InvalidEventException};
 * the channel's dead-letter-queue failure strategy then parks it on {@code <topic>.dlq} with the reason.
 */
@ApplicationScoped
public class EventIntake {

    private static final Logger LOG = Logger.getLogger(EventIntake.class);

    private final IntakeCounters counters;

    public EventIntake(IntakeCounters counters) {
        this.counters = counters;
    }

    /** Parses the record; does not touch the database. */
    public InboundEvent read(ConsumerRecord<String, String> record) {
        String id = header(record, "ce_id");
        String typeName = header(record, "ce_type");
        if (id == null || id.isBlank() || typeName == null) {
            throw new InvalidEventException("Record at " + record.topic() + "/" + record.partition() + "@"
                    + record.offset() + " is not a CloudEvent (missing ce_id or ce_type)");
        }
        EventType type = EventType.ofType(typeName)
                .orElseThrow(() -> new InvalidEventException("Unknown event type " + typeName));
        Record data = EventCodec.decode(type, record.value(), type.dataClass());
        return new InboundEvent(id, type, record.key(), time(record), data);
    }

    /**
     * Applies {@code effect} unless this event id was applied before; both happen in one transaction.
     *
     * @return whether the effect ran
     */
    @Transactional
    public boolean applyOnce(InboundEvent event, Consumer<InboundEvent> effect) {
        IntakeCounters.Tally tally = new IntakeCounters.Tally();
        counters.countOnCommit(tally);
        if (ProcessedEvent.findById(event.id()) != null) {
            LOG.debugf("Skipping already applied event %s (%s)", event.id(), event.type().type());
            tally.duplicate(event.type());
            return false;
        }
        effect.accept(event);
        ProcessedEvent.record(event, Instant.now());
        tally.consumed(event.type());
        return true;
    }

    /** Reads and applies a record in one step. */
    public boolean consume(ConsumerRecord<String, String> record, Consumer<InboundEvent> effect) {
        InboundEvent event = read(record);
        return Outages.waitOut("Event " + event.id(), () -> applyOnce(event, effect));
    }

    /**
     * Reads a record and applies it once if its type is one this consumer acts on; other valid events are passed
     * over without touching the database (they change nothing, so there is nothing to deduplicate).
     */
    public boolean consume(ConsumerRecord<String, String> record, Set<EventType> relevant, Consumer<InboundEvent> effect) {
        InboundEvent event = read(record);
        if (!relevant.contains(event.type())) {
            counters.consumed(event.type());
            return false;
        }
        return Outages.waitOut("Event " + event.id(), () -> applyOnce(event, effect));
    }

    private static Instant time(ConsumerRecord<String, String> record) {
        String time = header(record, "ce_time");
        if (time != null) {
            try {
                return OffsetDateTime.parse(time).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidEventException("ce_time is not an RFC 3339 time: " + time);
            }
        }
        return Instant.ofEpochMilli(record.timestamp());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
