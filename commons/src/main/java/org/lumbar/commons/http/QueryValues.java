package org.lumbar.commons.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Parses query values that JAX-RS would otherwise turn into a 404 when malformed; a bad value is a 400 naming the
 * parameter.
 */
public final class QueryValues {

    private QueryValues() {
    }

    public static String oneOf(String name, String value, List<String> allowed) {
        if (value == null || allowed.contains(value)) {
            return value;
        }
        throw ProblemException.badRequest(name, "must be one of " + String.join(", ", allowed));
    }

    public static Boolean trueOrFalse(String name, String value) {
        return value == null ? null : Boolean.valueOf(oneOf(name, value, List.of("true", "false")));
    }

    public static Integer wholeNumber(String name, String value, int min, int max) {
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw ProblemException.badRequest(name, "must be a whole number from " + min + " to " + max);
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

    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "must be an instant such as 2026-11-30T00:00:00Z");
        }
    }
}
