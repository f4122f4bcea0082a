package org.lumbar.contracts;

/** Reactive Messaging channel names, shared by the code and each service's configuration. */
public final class Channels {

    /** The single outgoing channel the outbox relay writes to; each record names its own topic. */
    public static final String OUTBOX = "outbox";

    /** Records a batch consumer could not apply, each sent to its topic's {@code .dlq} (commons' DeadLetters). */
    public static final String DEAD_LETTERS = "dead-letters";

    public static final String CATALOG_EXERCISES_IN = "catalog-exercises-in";
    public static final String PROGRAM_EVENTS_IN = "program-events-in";
    public static final String SESSION_EVENTS_IN = "session-events-in";

    private Channels() {
    }
}
