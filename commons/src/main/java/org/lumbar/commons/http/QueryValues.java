package org.lumbar.commons.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Parses query values that JAX-RS would otherwise turn into a 404 when malformed; a bad value is a 400 naming the
 * parameter.
 */
public final class QueryValues {

    private QueryValues() {
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "must be a date such as 2026-11-23");
        }
    }
}
