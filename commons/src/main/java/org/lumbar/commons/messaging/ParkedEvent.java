package org.lumbar.commons.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A consumed event kept aside until what it refers to is known ({@link ParkingLot}). */
@Entity
@Table(name = "parked_event")
public class ParkedEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public String eventId;

    public String topic;

    @Column(name = "record_partition")
    public int partition;

    @Column(name = "record_offset")
    public long offset;

    @Column(name = "record_key")
    public String recordKey;

    @Column(name = "record_timestamp")
    public long timestamp;

    /** The record's headers, one {@code name:base64(value)} per line (values may be any bytes). */
    public String headers;

    public String payload;

    /** What it waits for, e.g. {@code program 5b1f…}, for operators and for the dead letter's reason. */
    @Column(name = "waiting_for")
    public String waitingFor;

    @Column(name = "parked_at")
    public Instant parkedAt;

    static ParkedEvent of(InboundEvent event, ConsumerRecord<String, String> record, String waitingFor, Instant at) {
        ParkedEvent parked = new ParkedEvent();
        parked.eventId = event.id();
        parked.topic = record.topic();
        parked.partition = record.partition();
        parked.offset = record.offset();
        parked.recordKey = record.key();
        parked.timestamp = record.timestamp();
        StringBuilder lines = new StringBuilder();
        Base64.Encoder base64 = Base64.getEncoder();
        for (Header header : record.headers()) {
            lines.append(header.key()).append(':')
                    .append(header.value() == null ? "" : base64.encodeToString(header.value())).append('\n');
        }
        parked.headers = lines.toString();
        parked.payload = record.value();
        parked.waitingFor = waitingFor.length() <= 500 ? waitingFor : waitingFor.substring(0, 500);
        parked.parkedAt = at;
        return parked;
    }

    /** The record as it was consumed. */
    public ConsumerRecord<String, String> record() {
        RecordHeaders restored = new RecordHeaders();
        Base64.Decoder base64 = Base64.getDecoder();
        for (String line : headers.split("\n")) {
            int colon = line.lastIndexOf(':');
            if (colon > 0) {
                restored.add(line.substring(0, colon), base64.decode(line.substring(colon + 1)
                        .getBytes(StandardCharsets.US_ASCII)));
            }
        }
        return new ConsumerRecord<>(topic, partition, offset, timestamp, TimestampType.CREATE_TIME, -1, -1, recordKey,
                payload, restored, Optional.empty());
    }

    static List<String> idsAmong(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select p.eventId from ParkedEvent p where p.eventId in :ids",
                String.class).setParameter("ids", eventIds).getResultList();
    }

    /** Which of these keys have events parked from this topic: later events of theirs wait behind them. */
    static List<String> keysWaiting(String topic, Collection<String> keys) {
        List<String> present = new ArrayList<>(keys.stream().filter(k -> k != null).toList());
        if (present.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select distinct p.recordKey from ParkedEvent p where p.topic = :topic "
                + "and p.recordKey in :keys", String.class).setParameter("topic", topic).setParameter("keys", present)
                .getResultList();
    }
}
