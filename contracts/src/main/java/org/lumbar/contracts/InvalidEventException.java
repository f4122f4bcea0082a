package org.lumbar.contracts;

/** An event's data that cannot be parsed or does not satisfy its schema. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }
}
