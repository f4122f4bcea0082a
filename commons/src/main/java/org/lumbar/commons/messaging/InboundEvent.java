package org.lumbar.commons.messaging;

import java.time.Instant;
import java.util.List;

import org.lumbar.contracts.EventType;

/** A consumed CloudEvent whose data has been parsed and checked against its schema. */
public record InboundEvent(String id, EventType type, String key, Instant time, Record data) {

    public <T extends Record> T data(Class<T> expected) {
        return expected.cast(data);
    }

    /** The data of those events that carry {@code expected} (each event type carries its own class), in order. */
    public static <T extends Record> List<T> dataOf(List<InboundEvent> events, Class<T> expected) {
        return events.stream().map(InboundEvent::data).filter(expected::isInstance).map(expected::cast).toList();
    }
}
