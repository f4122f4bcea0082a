package org.lumbar.commons.messaging;

import java.time.Instant;

import org.lumbar.contracts.EventType;

/** A consumed CloudEvent whose data has been parsed and checked against its schema. */
public record InboundEvent(String id, EventType type, String key, Instant time, Record data) {

    public <T extends Record> T data(Class<T> expected) {
        return expected.cast(data);
    }
}
