package org.lumbar.contracts;

import java.util.List;

/** Kafka topic names. Keys are the patient id unless a topic says otherwise. */
public final class Topics {

    /** Compacted; key = exercise slug. */
    public static final String CATALOG_EXERCISES = "catalog.exercises";
    public static final String PROGRAM_EVENTS = "program.events";
    public static final String SESSION_EVENTS = "session.events";
    public static final String PROGRESS_EVENTS = "progress.events";

    /** Topics whose records are only kept as the latest value per key. */
    public static final List<String> COMPACTED = List.of(CATALOG_EXERCISES);
    public static final List<String> ALL = List.of(CATALOG_EXERCISES, PROGRAM_EVENTS, SESSION_EVENTS, PROGRESS_EVENTS);

    private Topics() {
    }

    /** Where a consumer parks a record it cannot parse or validate. */
    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }
}
